package dev.rapport.plugin.upsell.opportunity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A chance to sell to a customer. {@code amountRep} is the amount in the reporting currency when it was entered (null
 * when no exchange rate was known); {@code probability} is the stage's default, in percent.
 */
public record Opportunity(long id, long pipelineId, long stageId, long customerId, String title, BigDecimal amount,
                          String currency, BigDecimal amountRep, int probability, LocalDate expectedClose, long ownerId,
                          OpportunityStatus status, String reason, Origin origin, Long firingId, Long productId,
                          Instant createdAt, Instant closedAt, Instant updatedAt, int version) {

    /** The amount weighted by its probability, in the reporting currency (zero without a rate). */
    public BigDecimal weightedRep() {
        return amountRep == null ? BigDecimal.ZERO
                : amountRep.multiply(BigDecimal.valueOf(probability)).movePointLeft(2);
    }
}
