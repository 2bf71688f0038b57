package dev.rapport.platform.plugin;

import dev.rapport.platform.event.EventOutbox;
import dev.rapport.sdk.event.DomainEventPublisher;
import dev.rapport.sdk.event.PluginEvent;
import org.jooq.DSLContext;

/** Publishes a plugin's own events into the outbox, with the plugin as their source. */
final class SdkEventPublisher implements DomainEventPublisher {

    private final EventOutbox outbox;
    private final DSLContext dsl;
    private final String pluginId;

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
}
