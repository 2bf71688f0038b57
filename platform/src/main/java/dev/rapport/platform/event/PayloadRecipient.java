package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;

import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Condition;

/**
 * An {@link EventTypeListener}: it names the types it wants ({@code service.RequestOpened}, {@code service.*}) and
 * receives their stored fields, so it never waits for the plugin that published them. The outbox query reads only the
 * events of the sources it names.
 */
final class PayloadRecipient implements EventRecipient {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}\\.(\\*|[A-Z][A-Za-z0-9]{0,99})");

    private final EventTypeListener listener;
    private final Set<String> wanted;
    private final Set<String> sources;
    private final EventCodec codec;

    /** @throws IllegalArgumentException if the listener names no type or a malformed one */
    PayloadRecipient(EventTypeListener listener, EventCodec codec) {
        this.listener = listener;
        this.codec = codec;
        this.wanted = Set.copyOf(listener.eventTypes());
        if (wanted.isEmpty()) {
            throw new IllegalArgumentException("The event listener " + listener.getClass().getName()
                    + " names no event type");
        }
        for (String name : wanted) {
            if (!VALID.matcher(name).matches()) {
                throw new IllegalArgumentException("The event listener " + listener.getClass().getName()
                        + " names '" + name + "': event types are named <source>.<EventName> or <source>.*");
            }
        }
        this.sources = wanted.stream().map(name -> name.substring(0, name.indexOf('.'))).collect(Collectors.toSet());
    }

    @Override
    public Verdict verdict(StoredEvent stored) {
        String name = EventTypes.publicName(stored.type());
        return wanted.contains(name) || wanted.contains(stored.source() + ".*") ? DELIVER : SKIP;
    }

    @Override
    public void deliver(StoredEvent stored, int attempt) throws Exception {
        String name = EventTypes.publicName(stored.type());
        listener.onEvent(new EventPayload(name, codec.fields(stored.payload())),
                new EventMetadata(stored.id(), name, stored.publishedAt(), stored.source(), attempt));
    }

    @Override
    public void endOfBatch() {
        // an EventTypeListener handles each event as it comes
    }

    @Override
    public Condition outboxFilter() {
        return DOMAIN_EVENT.SOURCE.in(sources);
    }
}
