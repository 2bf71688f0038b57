package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_FIRING;

import dev.rapport.plugin.upsell.event.OpportunityLost;
import dev.rapport.plugin.upsell.event.OpportunityWon;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.TaskCompleted;
import java.time.Instant;
import java.util.List;

/**
 * The firings: read per customer for the timeline, and brought up to date when their follow-up ends (the task done,
 * the opportunity won or lost). Each update is idempotent, so a redelivered event changes nothing more.
 */
public final class FiringLog {

    private final PluginContext context;

    public FiringLog(PluginContext context) {
        this.context = context;
    }

    /** The customer's firings that acted, newest first, before ({@code beforeAt}, {@code beforeId}) if given. */
    public List<Firing> ofCustomer(long customerId, Instant beforeAt, long beforeId, int limit) {
        var query = context.dsl().selectFrom(UPS_FIRING).where(UPS_FIRING.CUSTOMER_ID.eq(customerId))
                .and(UPS_FIRING.OUTCOME.ne(FiringOutcome.COOLING.name()))
                .orderBy(UPS_FIRING.FIRED_AT.desc(), UPS_FIRING.ID.desc());
        return (beforeAt == null ? query.limit(limit) : query.seek(beforeAt, beforeId).limit(limit))
                .fetch(r -> new Firing(r.getId(), r.getRuleId(), r.getCustomerId(), r.getFiredAt(),
                        FiringOutcome.valueOf(r.getOutcome()), r.getTaskId(), r.getOpportunityId()));
    }

    void taskCompleted(TaskCompleted event) {
        context.dsl().update(UPS_FIRING).set(UPS_FIRING.OUTCOME, FiringOutcome.DONE.name())
                .where(UPS_FIRING.TASK_ID.eq(event.taskId())).and(UPS_FIRING.OUTCOME.eq(FiringOutcome.FIRED.name()))
                .execute();
    }

    void opportunityWon(OpportunityWon event) {
        if (event.firingId() != null) {
            context.dsl().update(UPS_FIRING).set(UPS_FIRING.OUTCOME, FiringOutcome.WON.name())
                    .set(UPS_FIRING.REVENUE_REP, event.amountRep()).where(UPS_FIRING.ID.eq(event.firingId())).execute();
        }
    }

    void opportunityLost(OpportunityLost event) {
        if (event.firingId() != null) {
            context.dsl().update(UPS_FIRING).set(UPS_FIRING.OUTCOME, FiringOutcome.LOST.name())
                    .where(UPS_FIRING.ID.eq(event.firingId())).execute();
        }
    }
}
