package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.db.tables.records.RetScoreRecord;
import dev.rapport.plugin.retention.model.ChurnFactor;
import dev.rapport.plugin.retention.model.RfmClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/** Builds the stored row of a customer's totals and scores, the same for the run and for a refresh. */
final class ScoreRows {

    private ScoreRows() {
    }

    /**
     * The row.
     *
     * @param costYear cost to serve in the last year, or null when cost to serve is not known at all
     */
    static RetScoreRecord record(long customerId, Long ownerId, String currency, Totals totals, int row, Score score,
                                 RfmClass previousClass, BigDecimal costYear, long lastTransactionId, Instant now) {
        RetScoreRecord record = new RetScoreRecord();
        boolean history = totals.hasHistory(row);
        BigDecimal marginYear = Amounts.stored(totals.marginYear(row));
        record.setCustomerId(customerId);
        record.setOwnerId(ownerId);
        record.setCurrency(currency);
        record.setFirstAt(history ? day(totals.firstDay(row)) : null);
        record.setLastAt(history ? day(totals.lastDay(row)) : null);
        record.setPurchases(totals.purchases(row));
        record.setRevenue(Amounts.stored(totals.revenue(row)));
        record.setMargin(Amounts.stored(totals.margin(row)));
        record.setMarginYear(marginYear);
        record.setCostYear(costYear);
        record.setCostExcess(costYear == null ? null : costYear.subtract(marginYear));
        record.setUnconverted(totals.unconverted(row));
        record.setRScore(score.recency());
        record.setFScore(score.frequency());
        record.setMScore(score.monetary());
        record.setRfmClass(score.rfmClass().value());
        record.setPreviousClass(previousClass == null ? null : previousClass.value());
        record.setClv(score.lifetimeValue() == null ? null : Amounts.stored(score.lifetimeValue()));
        record.setChurnRisk(score.churnRisk());
        record.setRiskBand(score.band() == null ? null : score.band().value());
        record.setReasons(score.reasons().stream().map(ChurnFactor::code).collect(Collectors.joining(",")));
        record.setLastTransactionId(lastTransactionId);
        record.setScoredAt(now);
        return record;
    }

    private static Instant day(int epochDay) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
