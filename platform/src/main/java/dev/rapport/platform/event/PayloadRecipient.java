package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;

import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * An {@link EventTypeListener}: it names the types it wants ({@code service.RequestOpened}, {@code service.*}) and
 * receives their stored fields, so it never waits for the plugin that published them. The outbox query reads only the
 * events of the sources it names. One recipient serves the listener while it is registered: {@link #reread()} (any
 * thread) takes the listener's new types, which its worker uses from its next outbox query on.
 */
final class PayloadRecipient implements EventRecipient {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}\\.(\\*|[A-Z][A-Za-z0-9]{0,99})");

    /** The types wanted and their sources, as read at one time. */
    private record Selection(Set<String> wanted, Set<String> sources) {
    }

    private final EventTypeListener listener;
    private final EventCodec codec;
    private volatile Selection selection;
    /** Counts the rereads, so the worker can tell that a query ran with the types of before. */
    private volatile int generation;

    /** @throws IllegalArgumentException if the listener names a malformed type */
    PayloadRecipient(EventTypeListener listener, EventCodec codec) {
        this.listener = listener;
        this.codec = codec;
        this.selection = read(listener);
    }

    /**
     * Asks the listener's types again; the former ones stay if the new ones are malformed.
     *
     * @throws IllegalArgumentException if the listener names a malformed type
     */
    synchronized void reread() {
        selection = read(listener);
        generation++;
    }

    private static Selection read(EventTypeListener listener) {
        Set<String> wanted = Set.copyOf(listener.eventTypes());
        for (String name : wanted) {
            if (!VALID.matcher(name).matches()) {
                throw new IllegalArgumentException("The event listener " + listener.getClass().getName()
                        + " names '" + name + "': event types are named <source>.<EventName> or <source>.*");
            }
        }
        return new Selection(wanted, wanted.stream().map(name -> name.substring(0, name.indexOf('.')))
                .collect(Collectors.toSet()));
    }

    @Override
    public Verdict verdict(StoredEvent stored) {
        Set<String> wanted = selection.wanted();
        return wanted.contains(EventTypes.publicName(stored.type())) || wanted.contains(stored.source() + ".*")
                ? DELIVER : SKIP;
    }

    @Override
    public void deliver(StoredEvent stored, int attempt) throws Exception {
        String name = EventTypes.publicName(stored.type());
        listener.onEvent(new EventPayload(name, codec.fields(stored.payload())),
                new EventMetadata(stored.id(), name, stored.publishedAt(), stored.source(), attempt));
    }

    @Override
    public void endOfBatch() {
        EventRecipient.endOfBatch(listener::endOfBatch);
    }

    @Override
    public Condition outboxFilter() {
        Set<String> sources = selection.sources();
        return sources.isEmpty() ? DSL.falseCondition() : DOMAIN_EVENT.SOURCE.in(sources);
    }

    @Override
    public int generation() {
        return generation;
    }
}
