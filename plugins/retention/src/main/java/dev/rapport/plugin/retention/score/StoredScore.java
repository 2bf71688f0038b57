package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.model.ChurnFactor;
import dev.rapport.plugin.retention.model.RfmClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer's row of {@code ret_score}: what the 360° view, the lists and the facets show. Amounts in
 * {@code currency}; {@code costYear} and {@code costExcess} are null while no cost to serve is known.
 */
public record StoredScore(long customerId, Long ownerId, String currency, Instant firstAt, Instant lastAt,
                          int purchases, BigDecimal revenue, BigDecimal margin, BigDecimal marginYear,
                          BigDecimal costYear, BigDecimal costExcess, int unconverted, Integer recency,
                          Integer frequency, Integer monetary, RfmClass rfmClass, RfmClass previousClass,
                          BigDecimal lifetimeValue, Double churnRisk, RiskBand band, List<ChurnFactor> reasons,
                          long lastTransactionId, Instant scoredAt) {

    /** Whether the customer has no purchase to score: "not enough history". */
    public boolean noHistory() {
        return rfmClass == RfmClass.NO_HISTORY;
    }
}
