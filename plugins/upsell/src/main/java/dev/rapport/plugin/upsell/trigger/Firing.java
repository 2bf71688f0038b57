package dev.rapport.plugin.upsell.trigger;

import java.time.Instant;

/** One firing of a rule for a customer, with what became of it. */
public record Firing(long id, long ruleId, long customerId, Instant firedAt, FiringOutcome outcome, Long taskId,
                     Long opportunityId) {
}
