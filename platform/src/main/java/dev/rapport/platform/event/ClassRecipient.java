package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A {@link DomainEventListener}: it receives events as their classes, loaded from the kernel or from the running plugin
 * that defines them, so an event of a plugin that does not run waits for it, for the kernel's listeners and the
 * plugin's own; other plugins' listeners go on without it. Whether the listener accepts a type is
 * asked once per type; a listener that throws there accepts nothing and is reported.
 */
final class ClassRecipient implements EventRecipient {

    private final String listenerId;
    private final String owner;
    private final DomainEventListener listener;
    private final EventTypes types;
    private final EventCodec codec;
    private final FailureReporter failures;
    private final Map<Class<? extends DomainEvent>, Boolean> accepted = new HashMap<>();
    /** The class the last verdict found, and the event it was for: a delivery decodes with the class judged. */
    private long resolvedFor = -1;
    private Class<? extends DomainEvent> resolvedType;

    ClassRecipient(String listenerId, String owner, DomainEventListener listener, EventTypes types, EventCodec codec,
                   FailureReporter failures) {
        this.listenerId = listenerId;
        this.owner = owner;
        this.listener = listener;
        this.types = types;
        this.codec = codec;
        this.failures = failures;
    }

    @Override
    public Verdict verdict(StoredEvent stored) {
        return switch (types.resolve(stored.type())) {
            case EventTypes.Loaded loaded -> {
                resolvedFor = stored.id();
                resolvedType = loaded.type();
                yield accepts(loaded.type()) ? DELIVER : SKIP;
            }
            // A plugin's listener waits only for its own plugin's events: one it depends on runs whenever it runs
            // itself, and the events of others are read by type name (EventTypeListener), not by their classes.
            case EventTypes.PluginNotRunning absent -> owner.equals(EventTypes.KERNEL) || owner.equals(absent.pluginId())
                    ? new WaitForPlugin(absent.pluginId()) : SKIP;
            case EventTypes.ClassMissing missing -> new ClassMissing(missing.pluginId());
        };
    }

    @Override
    public void deliver(StoredEvent stored, int attempt) throws Exception {
        Class<? extends DomainEvent> type = resolvedFor == stored.id() ? resolvedType : switch (types.resolve(stored.type())) {
            case EventTypes.Loaded loaded -> loaded.type();
            default -> throw new IllegalStateException("The event type " + stored.type() + " cannot be loaded now");
        };
        DomainEvent event = codec.decode(stored.payload(), type);
        listener.onEvent(event, new EventMetadata(stored.id(), EventTypes.publicName(stored.type()),
                stored.publishedAt(), stored.source(), attempt));
    }

    @Override
    public void endOfBatch() {
        EventRecipient.endOfBatch(listener::endOfBatch);
    }

    /**
     * The kernel's event types the listener refuses: listeners want few of them (none of the shipped ones wants the
     * million {@code CustomerCreated} of a large import), and reading each event's payload only to drop it cost every
     * import the time of a second reader.
     */
    @Override
    public Condition outboxFilter() {
        Set<String> refused = new HashSet<>();
        for (Class<?> type : DomainEvent.class.getPermittedSubclasses()) {
            if (type.isRecord() && !accepts(type.asSubclass(DomainEvent.class))) {
                refused.add(EventTypes.typeName(EventTypes.KERNEL, type));
            }
        }
        return refused.isEmpty() ? DSL.noCondition() : DOMAIN_EVENT.EVENT_TYPE.notIn(refused);
    }

    private boolean accepts(Class<? extends DomainEvent> type) {
        return accepted.computeIfAbsent(type, candidate -> {
            try {
                return listener.accepts(candidate);
            } catch (Throwable error) {
                failures.failed(owner, "event listener " + listenerId, error);
                return false;
            }
        });
    }
}
