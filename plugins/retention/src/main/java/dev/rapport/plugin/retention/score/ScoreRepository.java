package dev.rapport.plugin.retention.score;

import static dev.rapport.plugin.retention.db.Tables.RET_MIGRATION;
import static dev.rapport.plugin.retention.db.Tables.RET_MODEL;
import static dev.rapport.plugin.retention.db.Tables.RET_SCORE;

import dev.rapport.plugin.retention.db.tables.records.RetScoreRecord;
import dev.rapport.plugin.retention.model.ChurnFactor;
import dev.rapport.plugin.retention.model.RfmClass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Reads and writes the scores, the fitted models and the class migration. */
public final class ScoreRepository {

    private static final String CURRENT = "current";
    private static final String PORTFOLIO = "portfolio";

    private final DSLContext dsl;

    public ScoreRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts or replaces the rows, in one statement. */
    public void upsert(List<RetScoreRecord> rows) {
        if (rows.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(RET_SCORE).set(rows.getFirst());
        for (RetScoreRecord row : rows.subList(1, rows.size())) {
            insert = insert.newRecord().set(row);
        }
        var update = insert.onDuplicateKeyUpdate().set(RET_SCORE.OWNER_ID, DSL.excluded(RET_SCORE.OWNER_ID));
        for (Field<?> field : RET_SCORE.fields()) {
            if (field != RET_SCORE.CUSTOMER_ID && field != RET_SCORE.OWNER_ID) {
                update = replace(update, field);
            }
        }
        update.execute();
    }

    private static <T> org.jooq.InsertOnDuplicateSetMoreStep<RetScoreRecord> replace(
            org.jooq.InsertOnDuplicateSetMoreStep<RetScoreRecord> update, Field<T> field) {
        return update.set(field, DSL.excluded(field));
    }

    public Optional<StoredScore> find(long customerId) {
        return dsl.selectFrom(RET_SCORE).where(RET_SCORE.CUSTOMER_ID.eq(customerId)).fetchOptional(ScoreRepository::toScore);
    }

    /** The previous class and band stored for {@code customerId}, to tell a move. */
    public Optional<RetScoreRecord> record(long customerId) {
        return dsl.selectFrom(RET_SCORE).where(RET_SCORE.CUSTOMER_ID.eq(customerId)).fetchOptional();
    }

    /** The stored classes of customers {@code fromId..toId} (inclusive), for the run's "moved since" comparison. */
    public Map<Long, String> bands(long fromId, long toId) {
        return dsl.select(RET_SCORE.CUSTOMER_ID, RET_SCORE.RISK_BAND).from(RET_SCORE)
                .where(RET_SCORE.CUSTOMER_ID.between(fromId, toId)).fetchMap(RET_SCORE.CUSTOMER_ID, RET_SCORE.RISK_BAND);
    }

    /**
     * A page of scored customers, riskiest first, continuing after {@code after}; optionally only those at or above
     * {@code minimumValue} of value at stake (lifetime value or last year's margin) and in {@code band}.
     */
    public List<StoredScore> byRisk(StoredScore after, RiskBand band, BigDecimal minimumValue, int limit) {
        Condition where = RET_SCORE.CHURN_RISK.isNotNull();
        if (band != null) {
            where = where.and(RET_SCORE.RISK_BAND.eq(band.value()));
        }
        if (minimumValue != null) {
            where = where.and(RET_SCORE.CLV.ge(minimumValue).or(RET_SCORE.MARGIN_YEAR.ge(minimumValue)));
        }
        var query = dsl.selectFrom(RET_SCORE).where(where).orderBy(RET_SCORE.CHURN_RISK.desc(), RET_SCORE.CUSTOMER_ID.desc());
        return (after == null ? query.limit(limit) : query.seek(after.churnRisk(), after.customerId()).limit(limit))
                .fetch(ScoreRepository::toScore);
    }

    /** A page of customers whose cost to serve in the last year exceeds their margin, the largest excess first. */
    public List<StoredScore> costlierThanMargin(StoredScore after, int limit) {
        var query = dsl.selectFrom(RET_SCORE).where(RET_SCORE.COST_EXCESS.gt(BigDecimal.ZERO))
                .orderBy(RET_SCORE.COST_EXCESS.desc(), RET_SCORE.CUSTOMER_ID.desc());
        return (after == null ? query.limit(limit) : query.seek(after.costExcess(), after.customerId()).limit(limit))
                .fetch(ScoreRepository::toScore);
    }

    /** How many customers of one class half a year before the last run were in another at the run. */
    public record Move(String fromClass, String toClass, int customers) {
    }

    /** The moves between classes of the last run's period. */
    public List<Move> migration() {
        return dsl.select(RET_MIGRATION.FROM_CLASS, RET_MIGRATION.TO_CLASS, RET_MIGRATION.CUSTOMERS).from(RET_MIGRATION)
                .fetch(r -> new Move(r.value1(), r.value2(), r.value3()));
    }

    /** Replaces the migration counts. */
    public void replaceMigration(Map<String, Integer> counts) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(RET_MIGRATION).execute();
            var insert = tx.insertInto(RET_MIGRATION, RET_MIGRATION.FROM_CLASS, RET_MIGRATION.TO_CLASS,
                    RET_MIGRATION.CUSTOMERS);
            for (Map.Entry<String, Integer> entry : counts.entrySet()) {
                String[] pair = entry.getKey().split(">");
                insert = insert.values(pair[0], pair[1], entry.getValue());
            }
            if (!counts.isEmpty()) {
                insert.execute();
            }
        });
    }

    public Optional<Models> models() {
        return dsl.select(RET_MODEL.PARAMS).from(RET_MODEL).where(RET_MODEL.NAME.eq(CURRENT))
                .fetchOptional(RET_MODEL.PARAMS).map(Models::parse);
    }

    public Optional<Instant> modelsTrainedAt() {
        return dsl.select(RET_MODEL.TRAINED_AT).from(RET_MODEL).where(RET_MODEL.NAME.eq(CURRENT))
                .fetchOptional(RET_MODEL.TRAINED_AT);
    }

    public void saveModels(Models models, Instant at) {
        dsl.insertInto(RET_MODEL).set(RET_MODEL.NAME, CURRENT).set(RET_MODEL.PARAMS, models.format())
                .set(RET_MODEL.TRAINED_AT, at).onDuplicateKeyUpdate().set(RET_MODEL.PARAMS, models.format())
                .set(RET_MODEL.TRAINED_AT, at).execute();
    }

    /** The value distribution and cohort figures of the last run, if there was one. */
    public Optional<Portfolio> portfolio() {
        return dsl.select(RET_MODEL.PARAMS).from(RET_MODEL).where(RET_MODEL.NAME.eq(PORTFOLIO))
                .fetchOptional(RET_MODEL.PARAMS).map(Portfolio::parse);
    }

    public void savePortfolio(Portfolio portfolio, Instant at) {
        String text = portfolio.format();
        dsl.insertInto(RET_MODEL).set(RET_MODEL.NAME, PORTFOLIO).set(RET_MODEL.PARAMS, text)
                .set(RET_MODEL.TRAINED_AT, at).onDuplicateKeyUpdate().set(RET_MODEL.PARAMS, text)
                .set(RET_MODEL.TRAINED_AT, at).execute();
    }

    /** Deletes a customer's scores (the customer was deleted or merged away). */
    public void delete(long customerId) {
        dsl.deleteFrom(RET_SCORE).where(RET_SCORE.CUSTOMER_ID.eq(customerId)).execute();
    }

    static StoredScore toScore(RetScoreRecord r) {
        List<ChurnFactor> reasons = r.getReasons() == null || r.getReasons().isEmpty() ? List.of()
                : Arrays.stream(r.getReasons().split(",")).map(ChurnFactor::ofCode).toList();
        return new StoredScore(r.getCustomerId(), r.getOwnerId(), r.getCurrency(), r.getFirstAt(), r.getLastAt(),
                r.getPurchases(), r.getRevenue(), r.getMargin(), r.getMarginYear(), r.getCostYear(), r.getCostExcess(),
                r.getUnconverted(), r.getRScore(), r.getFScore(), r.getMScore(), RfmClass.ofValue(r.getRfmClass()),
                r.getPreviousClass() == null ? null : RfmClass.ofValue(r.getPreviousClass()),
                r.getClv(), r.getChurnRisk(), r.getRiskBand() == null ? null : RiskBand.ofValue(r.getRiskBand()),
                reasons, r.getLastTransactionId(), r.getScoredAt());
    }
}
