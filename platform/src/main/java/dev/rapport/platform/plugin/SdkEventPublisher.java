package dev.rapport.platform.plugin;

import dev.rapport.platform.event.EventOutbox;
import dev.rapport.sdk.event.DomainEventPublisher;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.extension.EventTypeListener;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * Publishes a plugin's own events into the outbox, with the plugin as their source, and passes on the news that one of
 * its type listeners wants other types.
 */
final class SdkEventPublisher implements DomainEventPublisher {

    private final EventOutbox outbox;
    private final DSLContext dsl;
    private final String pluginId;
    /** Told (plugin id, listener) when a type listener's types changed; nothing until the plugin host wires it. */
    private volatile BiConsumer<String, EventTypeListener> typeChanges = (plugin, listener) -> { };

    SdkEventPublisher(EventOutbox outbox, DSLContext dsl, String pluginId) {
        this.outbox = outbox;
        this.dsl = dsl;
        this.pluginId = pluginId;
    }

    @Override
    public void publish(PluginEvent event) {
        dsl.transaction(configuration -> outbox.append(configuration.dsl(), event, pluginId));
    }

    @Override
    public void publish(DSLContext transaction, PluginEvent event) {
        PluginTableGuard.sdkWork(() -> {
            outbox.append(transaction, event, pluginId);
            return null;
        });
    }

    @Override
    public void typesChanged(EventTypeListener listener) {
        typeChanges.accept(pluginId, listener);
    }

    void typeChangesTo(BiConsumer<String, EventTypeListener> receiver) {
        this.typeChanges = receiver;
    }
}
