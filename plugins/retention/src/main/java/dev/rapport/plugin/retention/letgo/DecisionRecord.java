package dev.rapport.plugin.retention.letgo;

import java.math.BigDecimal;
import java.time.Instant;

/** A recorded decision with the figures it was taken on (amounts in {@code currency}) and who took it when. */
public record DecisionRecord(long id, long customerId, Decision decision, String note, BigDecimal marginYear,
                             BigDecimal costYear, String currency, String decidedBy, Instant decidedAt) {
}
