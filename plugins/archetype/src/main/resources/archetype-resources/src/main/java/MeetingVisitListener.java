package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.EventTypeListener;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.pf4j.Extension;

/**
 * A meeting logged in the kernel's interaction log is a visit: it completes the customer's next planned visit, or
 * is recorded as a visit done. Events are named by type and read from their stored fields, the way a plugin listens
 * to events without compiling against their classes (another plugin's, e.g. {@code service.RequestOpened}, too).
 * Delivery is at least once: the visit remembers the interaction, so a repeat changes nothing.
 */
@Extension
public final class MeetingVisitListener implements EventTypeListener {

    private final PluginContext context;
    private final VisitRepository visits;

    public MeetingVisitListener(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("kernel.InteractionLogged");
    }

    @Override
    public void onEvent(EventPayload event, EventMetadata metadata) {
        if (!event.text("channel").filter("MEETING"::equals).isPresent() || event.customerId().isEmpty()) {
            return;
        }
        Instant at = event.instant("occurredAt").orElse(metadata.publishedAt());
        visits.recordMeeting(event.customerId().get(), event.whole("interactionId").orElseThrow(),
                LocalDate.ofInstant(at, context.clock().getZone()), context.i18n().get("${pluginId}.meeting.note"));
    }
}
