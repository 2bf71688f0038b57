package dev.rapport.platform.plugin;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;

/**
 * A plugin's event listener as the dispatcher calls it: every delivery runs as the plugin's system identity
 * ({@code plugin:<id>}, see {@link PluginActor}), so what the listener writes through the SDK is allowed and the
 * audit log names the plugin.
 */
final class ActingListener implements DomainEventListener {

    private final String pluginId;
    private final DomainEventListener listener;

    ActingListener(String pluginId, DomainEventListener listener) {
        this.pluginId = pluginId;
        this.listener = listener;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return PluginActor.callAs(pluginId, () -> listener.accepts(type));
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) throws Exception {
        PluginActor.runThrowingAs(pluginId, () -> listener.onEvent(event, metadata));
    }

    @Override
    public void endOfBatch() throws Exception {
        PluginActor.runThrowingAs(pluginId, listener::endOfBatch);
    }
}
