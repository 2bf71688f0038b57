package dev.rapport.plugin.fieldservice.intake;

import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Receives the service plugin's requests by type name, without its classes and whether it runs or not:
 * {@code service.RequestOpened} (customerId, requestId, category, priority) and {@code service.RequestResolved}
 * (requestId).
 */
@Extension
public final class ServiceRequestListener implements EventTypeListener {

    private final RequestIntake intake;

    public ServiceRequestListener(RequestIntake intake) {
        this.intake = intake;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("service.RequestOpened", "service.RequestResolved");
    }

    @Override
    public void onEvent(EventPayload event, EventMetadata metadata) {
        long requestId = event.whole("requestId").orElseThrow(
                () -> new IllegalStateException("The event " + event.type() + " has no requestId"));
        if (event.name().equals("RequestOpened")) {
            event.customerId().ifPresent(customerId -> intake.opened(requestId, customerId,
                    event.text("category").orElse(null), event.text("priority").orElse(null), metadata.publishedAt()));
        } else {
            intake.resolved(requestId, metadata.publishedAt());
        }
    }
}
