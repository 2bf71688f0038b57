package dev.rapport.plugin.upsell.metric;

import static dev.rapport.plugin.upsell.db.Tables.UPS_FIRING;
import static dev.rapport.plugin.upsell.db.Tables.UPS_MINING_RUN;
import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;

import dev.rapport.plugin.upsell.opportunity.OpportunityStatus;
import dev.rapport.plugin.upsell.trigger.FiringOutcome;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The up-sell figures of a department (opportunities owned by its members) or the whole company in a reporting
 * period. Amounts are in the reporting currency; each figure is one indexed, bounded aggregate.
 */
public final class UpsellFigures {

    private static final int SCALE = 1;

    private final PluginContext context;

    public UpsellFigures(PluginContext context) {
        this.context = context;
    }

    /** Won over won plus lost, of the opportunities closed in the period. */
    public Optional<BigDecimal> winRate(Optional<Department> department, ReportingPeriod period) {
        Field<Integer> won = DSL.count(DSL.when(UPS_OPPORTUNITY.STATUS.eq(OpportunityStatus.WON.name()), 1));
        Record2<Integer, Integer> row = context.dsl().select(won, DSL.count()).from(UPS_OPPORTUNITY)
                .where(closedIn(period), ownedBy(department),
                        UPS_OPPORTUNITY.STATUS.in(OpportunityStatus.WON.name(), OpportunityStatus.LOST.name()))
                .fetchSingle();
        return ratio(row.value1(), row.value2());
    }

    /** The revenue of opportunities won in the period. */
    public Optional<BigDecimal> wonRevenue(Optional<Department> department, ReportingPeriod period) {
        BigDecimal sum = context.dsl().select(DSL.sum(UPS_OPPORTUNITY.AMOUNT_REP)).from(UPS_OPPORTUNITY)
                .where(closedIn(period), ownedBy(department), UPS_OPPORTUNITY.STATUS.eq(OpportunityStatus.WON.name()))
                .fetchSingle().value1();
        return Optional.of(sum == null ? BigDecimal.ZERO : sum);
    }

    /** The open pipeline at the period's end (opened before it), unweighted. */
    public Optional<BigDecimal> pipelineValue(Optional<Department> department, ReportingPeriod period) {
        BigDecimal sum = context.dsl().select(DSL.sum(UPS_OPPORTUNITY.AMOUNT_REP)).from(UPS_OPPORTUNITY)
                .where(UPS_OPPORTUNITY.STATUS.eq(OpportunityStatus.OPEN.name()), ownedBy(department),
                        UPS_OPPORTUNITY.CREATED_AT.lt(period.endInstant())).fetchSingle().value1();
        return Optional.of(sum == null ? BigDecimal.ZERO : sum);
    }

    /** The average days from opening to winning, of the opportunities won in the period. */
    public Optional<BigDecimal> averageDaysToClose(Optional<Department> department, ReportingPeriod period) {
        Field<BigDecimal> seconds = DSL.avg(DSL.localDateTimeDiff(org.jooq.DatePart.SECOND,
                UPS_OPPORTUNITY.CREATED_AT.coerce(SQLDataType.LOCALDATETIME),
                UPS_OPPORTUNITY.CLOSED_AT.coerce(SQLDataType.LOCALDATETIME)));
        BigDecimal average = context.dsl().select(seconds).from(UPS_OPPORTUNITY)
                .where(closedIn(period), ownedBy(department), UPS_OPPORTUNITY.STATUS.eq(OpportunityStatus.WON.name()))
                .fetchSingle().value1();
        return Optional.ofNullable(average).map(value -> value.divide(BigDecimal.valueOf(86_400), 1, RoundingMode.HALF_UP));
    }

    /** Of the rule firings in the period that acted, the share whose opportunity was won. */
    public Optional<BigDecimal> triggerConversion(Optional<Department> department, ReportingPeriod period) {
        Field<Integer> won = DSL.count(DSL.when(UPS_FIRING.OUTCOME.eq(FiringOutcome.WON.name()), 1));
        Record2<Integer, Integer> row = context.dsl().select(won, DSL.count()).from(UPS_FIRING)
                .where(UPS_FIRING.FIRED_AT.ge(period.startInstant()), UPS_FIRING.FIRED_AT.lt(period.endInstant()),
                        UPS_FIRING.OUTCOME.ne(FiringOutcome.COOLING.name()))
                .fetchSingle();
        return ratio(row.value1(), row.value2());
    }

    /** Products held per customer holding any, as the last mining run counted them (company-wide). */
    public Optional<BigDecimal> crossSellRatio(Optional<Department> department, ReportingPeriod period) {
        return context.dsl().select(UPS_MINING_RUN.HOLDINGS, UPS_MINING_RUN.CUSTOMERS).from(UPS_MINING_RUN)
                .where(UPS_MINING_RUN.FINISHED_AT.lt(period.endInstant()))
                .orderBy(UPS_MINING_RUN.ID.desc()).limit(1).fetchOptional()
                .filter(row -> row.value2() > 0)
                .map(row -> BigDecimal.valueOf(row.value1()).divide(BigDecimal.valueOf(row.value2()), 2, RoundingMode.HALF_UP));
    }

    private static Condition closedIn(ReportingPeriod period) {
        return UPS_OPPORTUNITY.CLOSED_AT.ge(period.startInstant()).and(UPS_OPPORTUNITY.CLOSED_AT.lt(period.endInstant()));
    }

    private Condition ownedBy(Optional<Department> department) {
        if (department.isEmpty()) {
            return DSL.trueCondition();
        }
        List<Long> members = context.staff().members(department.get().id()).stream().map(UserInfo::id).toList();
        return members.isEmpty() ? DSL.falseCondition() : UPS_OPPORTUNITY.OWNER_ID.in(members);
    }

    /** {@code part} of {@code whole} in percent (the scorecard's unit "%"), empty without a case. */
    private static Optional<BigDecimal> ratio(int part, int whole) {
        return whole == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
    }
}
