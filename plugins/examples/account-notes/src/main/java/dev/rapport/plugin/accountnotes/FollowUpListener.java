package dev.rapport.plugin.accountnotes;

import static dev.rapport.plugin.accountnotes.db.Tables.ANT_HANDLED_EVENT;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskPriority;
import java.time.LocalDate;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Turns every contact logged with the outcome "follow-up needed" into a task for the customer's owner, due in
 * two working days. Remembers the events it handled, so a repeated delivery creates no second task.
 */
@Extension
public final class FollowUpListener implements DomainEventListener {

    private final PluginContext context;

    public FollowUpListener(PluginContext context) {
        this.context = context;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == InteractionLogged.class;
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        if (!(event instanceof InteractionLogged logged) || logged.outcome() != Outcome.FOLLOW_UP_NEEDED
                || alreadyHandled(metadata.sequence())) {
            return;
        }
        Optional<CustomerInfo> customer = context.customers().find(logged.customerId());
        if (customer.isPresent() && customer.get().ownerId() != null) {
            context.tasks().create(new NewTask(
                    context.i18n().get(java.util.Locale.ENGLISH, "account-notes.followUpTitle", customer.get().displayName()),
                    null, logged.customerId(), dueInTwoWorkingDays(), TaskPriority.HIGH, customer.get().ownerId(), null));
        }
        context.dsl().insertInto(ANT_HANDLED_EVENT).set(ANT_HANDLED_EVENT.SEQUENCE, metadata.sequence())
                .set(ANT_HANDLED_EVENT.HANDLED_AT, context.clock().instant())
                .onDuplicateKeyIgnore().execute();
    }

    private boolean alreadyHandled(long sequence) {
        return context.dsl().fetchExists(ANT_HANDLED_EVENT, ANT_HANDLED_EVENT.SEQUENCE.eq(sequence));
    }

    private LocalDate dueInTwoWorkingDays() {
        LocalDate day = LocalDate.now(context.clock());
        int added = 0;
        while (added < 2) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() <= 5) {
                added++;
            }
        }
        return day;
    }
}
