package dev.rapport.plugin.upsell.opportunity;

import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;

import dev.rapport.sdk.PluginContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads over opportunities: the keyset-paged list, the board's columns and the forecast. */
public final class OpportunityQueries {

    private final PluginContext context;
    private final PipelineService pipelines;

    public OpportunityQueries(PluginContext context, PipelineService pipelines) {
        this.context = context;
        this.pipelines = pipelines;
    }

    /** A page of the list, soonest expected close first, after {@code after} (null for the first page). */
    public List<Opportunity> page(OpportunityFilter filter, Opportunity after, int limit) {
        Condition where = UPS_OPPORTUNITY.STATUS.eq(filter.status().name());
        if (filter.pipelineId() != null) {
            where = where.and(UPS_OPPORTUNITY.PIPELINE_ID.eq(filter.pipelineId()));
        }
        if (filter.ownerId() != null) {
            where = where.and(UPS_OPPORTUNITY.OWNER_ID.eq(filter.ownerId()));
        }
        if (filter.customerId() != null) {
            where = where.and(UPS_OPPORTUNITY.CUSTOMER_ID.eq(filter.customerId()));
        }
        var query = context.dsl().selectFrom(UPS_OPPORTUNITY).where(where)
                .orderBy(UPS_OPPORTUNITY.EXPECTED_CLOSE, UPS_OPPORTUNITY.ID);
        var page = after == null ? query.limit(limit) : query.seek(after.expectedClose(), after.id()).limit(limit);
        return page.fetch(OpportunityRows::toOpportunity);
    }

    /** The board of a pipeline: one column per stage with its totals and its first {@code cardsPerColumn} cards. */
    public List<BoardColumn> board(long pipelineId, int cardsPerColumn) {
        Pipeline pipeline = pipelines.require(pipelineId);
        DSLContext dsl = context.dsl();
        Field<Integer> count = DSL.count();
        Field<BigDecimal> total = DSL.sum(UPS_OPPORTUNITY.AMOUNT_REP);
        Field<BigDecimal> weighted = DSL.sum(UPS_OPPORTUNITY.AMOUNT_REP.times(UPS_OPPORTUNITY.PROBABILITY)).divide(100);
        Field<Integer> withoutRate = DSL.count(DSL.when(UPS_OPPORTUNITY.AMOUNT_REP.isNull(), 1));
        Map<Long, Record> sums = new HashMap<>();
        dsl.select(UPS_OPPORTUNITY.STAGE_ID, count, total, weighted, withoutRate).from(UPS_OPPORTUNITY)
                .where(UPS_OPPORTUNITY.PIPELINE_ID.eq(pipelineId)).and(UPS_OPPORTUNITY.STATUS.eq(OpportunityStatus.OPEN.name()))
                .groupBy(UPS_OPPORTUNITY.STAGE_ID).fetch().forEach(row -> sums.put(row.get(UPS_OPPORTUNITY.STAGE_ID), row));
        List<BoardColumn> columns = new ArrayList<>();
        for (Stage stage : pipeline.stages()) {
            Record row = sums.get(stage.id());
            List<Opportunity> cards = dsl.selectFrom(UPS_OPPORTUNITY).where(UPS_OPPORTUNITY.PIPELINE_ID.eq(pipelineId))
                    .and(UPS_OPPORTUNITY.STATUS.eq(OpportunityStatus.OPEN.name()))
                    .and(UPS_OPPORTUNITY.STAGE_ID.eq(stage.id()))
                    .orderBy(UPS_OPPORTUNITY.EXPECTED_CLOSE, UPS_OPPORTUNITY.ID).limit(cardsPerColumn)
                    .fetch(OpportunityRows::toOpportunity);
            columns.add(row == null ? new BoardColumn(stage, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, cards)
                    : new BoardColumn(stage, row.get(count), orZero(row.get(total)), orZero(row.get(weighted)),
                    row.get(withoutRate), cards));
        }
        return columns;
    }

    /**
     * The open pipeline expected to close in [{@code from}, {@code from} + {@code months}), weighted by probability,
     * per month and owner; opportunities already overdue count in the first month.
     */
    public List<ForecastRow> forecast(YearMonth from, int months) {
        LocalDate end = from.plusMonths(months).atDay(1);
        Field<LocalDate> close = UPS_OPPORTUNITY.EXPECTED_CLOSE;
        Field<Integer> year = DSL.year(close);
        Field<Integer> month = DSL.month(close);
        Field<BigDecimal> weighted = DSL.sum(UPS_OPPORTUNITY.AMOUNT_REP.times(UPS_OPPORTUNITY.PROBABILITY)).divide(100);
        Field<BigDecimal> total = DSL.sum(UPS_OPPORTUNITY.AMOUNT_REP);
        Map<String, ForecastRow> rows = new java.util.TreeMap<>();
        context.dsl().select(year, month, UPS_OPPORTUNITY.OWNER_ID, weighted, total, DSL.count()).from(UPS_OPPORTUNITY)
                .where(UPS_OPPORTUNITY.STATUS.eq(OpportunityStatus.OPEN.name())).and(close.lt(end))
                .groupBy(year, month, UPS_OPPORTUNITY.OWNER_ID).fetch().forEach(row -> {
                    YearMonth at = YearMonth.of(row.get(year), row.get(month));
                    YearMonth bucket = at.isBefore(from) ? from : at;
                    String key = bucket + "/" + row.get(UPS_OPPORTUNITY.OWNER_ID);
                    ForecastRow added = new ForecastRow(bucket, row.get(UPS_OPPORTUNITY.OWNER_ID),
                            orZero(row.get(weighted)), orZero(row.get(total)), row.get(DSL.count()));
                    rows.merge(key, added, (a, b) -> new ForecastRow(a.month(), a.ownerId(), a.weighted().add(b.weighted()),
                            a.total().add(b.total()), a.count() + b.count()));
                });
        return List.copyOf(rows.values());
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
