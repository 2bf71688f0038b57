package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.CustomerCreated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import java.time.LocalDate;
import org.pf4j.Extension;

/**
 * Plans a welcome visit for every new customer, five working days after the customer was created. Events arrive
 * at least once: the visit row remembers the event's sequence, so a repeated delivery plans no second visit.
 */
@Extension
public final class WelcomeVisitListener implements DomainEventListener {

    private final PluginContext context;
    private final VisitRepository visits;

    public WelcomeVisitListener(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == CustomerCreated.class;
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        if (event instanceof CustomerCreated created) {
            // The day in the platform clock's zone; a per-user zone has no meaning for a listener.
            LocalDate createdOn = LocalDate.ofInstant(metadata.publishedAt(), context.clock().getZone());
            visits.planWelcomeVisit(created.customerId(), VisitRules.welcomeVisitDay(createdOn), metadata.sequence());
        }
    }
}
