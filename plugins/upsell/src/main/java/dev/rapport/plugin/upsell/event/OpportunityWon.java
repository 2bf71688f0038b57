package dev.rapport.plugin.upsell.event;

import java.math.BigDecimal;

/**
 * An opportunity was won; the sale was recorded as the customer's transaction {@code transactionId}.
 *
 * @param amountRep the amount in the reporting currency, or null when no rate was known
 * @param firingId  the trigger firing that opened it, or null
 */
public record OpportunityWon(Long customerId, long opportunityId, BigDecimal amount, String currency,
                             BigDecimal amountRep, long transactionId, Long firingId) implements dev.rapport.sdk.event.PluginEvent {
}
