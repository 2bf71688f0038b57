package dev.rapport.plugin.retention.signal;

import dev.rapport.plugin.retention.score.CustomerRefresh;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Receives the service plugins' requests, costs and agreements by type name (whether those plugins run or not), stores them and
 * scores their customer again. Storing ignores a repeat, so a repeated delivery changes nothing.
 */
@Extension
public final class ServiceEventListener implements EventTypeListener {

    private final ServiceEvents serviceEvents;
    private final CustomerRefresh refresh;

    public ServiceEventListener(ServiceEvents serviceEvents, CustomerRefresh refresh) {
        this.serviceEvents = serviceEvents;
        this.refresh = refresh;
    }

    @Override
    public Set<String> eventTypes() {
        return ServiceEvents.TYPES;
    }

    @Override
    public void onEvent(EventPayload event, EventMetadata metadata) {
        serviceEvents.handle(event, metadata).ifPresent(refresh::refresh);
    }
}
