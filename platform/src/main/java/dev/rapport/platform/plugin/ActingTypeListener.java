package dev.rapport.platform.plugin;

import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import java.util.Set;

/**
 * A plugin's listener of event types as the dispatcher calls it: as the plugin's system identity, like
 * {@link ActingListener}.
 */
final class ActingTypeListener implements EventTypeListener {

    private final String pluginId;
    private final EventTypeListener listener;

    ActingTypeListener(String pluginId, EventTypeListener listener) {
        this.pluginId = pluginId;
        this.listener = listener;
    }

    @Override
    public Set<String> eventTypes() {
        return PluginActor.callAs(pluginId, listener::eventTypes);
    }

    @Override
    public void onEvent(EventPayload event, EventMetadata metadata) throws Exception {
        PluginActor.runThrowingAs(pluginId, () -> listener.onEvent(event, metadata));
    }

    @Override
    public void endOfBatch() throws Exception {
        PluginActor.runThrowingAs(pluginId, listener::endOfBatch);
    }
}
