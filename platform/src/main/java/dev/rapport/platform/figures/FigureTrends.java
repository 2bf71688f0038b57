package dev.rapport.platform.figures;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.TASK;

import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Figures month by month over two years, for trend charts: the kernel's counts in one query each (a count per month
 * over one index range), revenue in one grouped query, a plugin's metric month by month. Months begin at midnight in
 * the viewer's time zone; revenue is summed by day in UTC (as {@link DepartmentFigures} does) and each day falls into
 * its month. Who may see a department's figures may see its trends.
 */
public final class FigureTrends {

    /** The kernel's key figures, as the home page shows them. */
    public static final List<String> KEY_FIGURES = List.of(KernelFigures.NEW_CUSTOMERS, KernelFigures.INTERACTIONS,
            KernelFigures.REVENUE_TOTAL, KernelFigures.TASKS_COMPLETED);

    private static final int MONTHS = 12;

    private final DSLContext dsl;
    private final MetricRegistry metrics;
    private final CurrencyConverter money;

    public FigureTrends(DSLContext dsl, MetricRegistry metrics, CurrencyConverter money) {
        this.dsl = dsl;
        this.metrics = metrics;
        this.money = money;
    }

    /**
     * The kernel's key figures of {@code department} (empty: the whole company) up to {@code month}.
     *
     * @throws dev.rapport.sdk.error.AccessDeniedException if {@code actor} may not see these figures
     */
    public List<FigureTrend> keyFigures(Optional<Department> department, YearMonth month, ZoneId zone, Actor actor) {
        require(department, actor);
        Window window = new Window(month, zone);
        Optional<Long> departmentId = department.map(Department::id);
        String reporting = money.reportingCurrency();
        return List.of(
                window.trend(KernelFigures.NEW_CUSTOMERS, "count",
                        counts(CUSTOMER, CUSTOMER.CREATED_AT, CUSTOMER.OWNER_ID, departmentId, window)),
                window.trend(KernelFigures.INTERACTIONS, "count",
                        counts(INTERACTION, INTERACTION.OCCURRED_AT, INTERACTION.RECORDED_BY, departmentId, window)),
                window.trend(KernelFigures.REVENUE_TOTAL, reporting, revenue(departmentId, window, null)),
                window.trend(KernelFigures.TASKS_COMPLETED, "count",
                        counts(TASK, TASK.COMPLETED_AT, TASK.COMPLETED_BY, departmentId, window)));
    }

    /**
     * The trend of one figure of the Figures page; empty for revenue that could not be converted (it has no monthly
     * meaning) and for a plugin metric that is no longer there.
     *
     * @throws dev.rapport.sdk.error.AccessDeniedException if {@code actor} may not see these figures
     */
    public Optional<FigureTrend> of(Figure figure, Optional<Department> department, YearMonth month, ZoneId zone,
                                    Actor actor) {
        require(department, actor);
        Window window = new Window(month, zone);
        Optional<Long> departmentId = department.map(Department::id);
        if (!figure.source().equals(Figure.KERNEL)) {
            return metric(figure, department, window);
        }
        BigDecimal[] values = switch (figure.labelKey()) {
            case KernelFigures.NEW_CUSTOMERS -> counts(CUSTOMER, CUSTOMER.CREATED_AT, CUSTOMER.OWNER_ID, departmentId, window);
            case KernelFigures.INTERACTIONS ->
                    counts(INTERACTION, INTERACTION.OCCURRED_AT, INTERACTION.RECORDED_BY, departmentId, window);
            case KernelFigures.TASKS_COMPLETED -> counts(TASK, TASK.COMPLETED_AT, TASK.COMPLETED_BY, departmentId, window);
            case KernelFigures.REVENUE -> revenue(departmentId, window, figure.unit());
            case KernelFigures.REVENUE_TOTAL -> revenue(departmentId, window, null);
            default -> null;
        };
        return Optional.ofNullable(values).map(known -> window.trend(figure.labelKey(), figure.unit(), known));
    }

    private static void require(Optional<Department> department, Actor actor) {
        Permissions.require(Permissions.canSeeKeyFigures(actor, department.map(Department::id).orElse(null)), actor,
                "see the figures of " + department.map(Department::name).orElse("the whole company"));
    }

    /** One count per month, all in one pass over the table's index on {@code at}. */
    private BigDecimal[] counts(Table<?> table, Field<Instant> at, Field<Long> member, Optional<Long> departmentId,
                                Window window) {
        List<Field<Integer>> perMonth = new ArrayList<>();
        for (int i = 0; i < 2 * MONTHS; i++) {
            perMonth.add(DSL.count().filterWhere(at.ge(window.bounds[i]).and(at.lt(window.bounds[i + 1]))));
        }
        Record row = dsl.select(perMonth).from(table)
                .where(at.ge(window.bounds[0])).and(at.lt(window.bounds[2 * MONTHS]))
                .and(KernelFigures.memberOf(member, departmentId))
                .fetchOne();
        BigDecimal[] values = new BigDecimal[2 * MONTHS];
        for (int i = 0; i < values.length; i++) {
            values[i] = BigDecimal.valueOf(row.get(i, Integer.class));
        }
        return values;
    }

    /**
     * Revenue (purchases and subscription starts minus refunds) per month: in {@code currency} only, or, when it is
     * null, every currency converted to the reporting currency at each day's rate (what has no rate is left out, as
     * in the period's total).
     */
    private BigDecimal[] revenue(Optional<Long> departmentId, Window window, String currency) {
        BigDecimal[] values = new BigDecimal[2 * MONTHS];
        Arrays.fill(values, BigDecimal.ZERO);
        Condition ofDepartment = departmentId.isEmpty() ? DSL.noCondition()
                : CUSTOMER_TRANSACTION.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER)
                        .where(KernelFigures.memberOf(CUSTOMER.OWNER_ID, departmentId)));
        Field<LocalDate> day = DSL.cast(CUSTOMER_TRANSACTION.OCCURRED_AT, SQLDataType.LOCALDATE);
        String reporting = money.reportingCurrency();
        dsl.select(CUSTOMER_TRANSACTION.KIND, CUSTOMER_TRANSACTION.CURRENCY, day, DSL.sum(CUSTOMER_TRANSACTION.AMOUNT))
                .from(CUSTOMER_TRANSACTION)
                .where(CUSTOMER_TRANSACTION.OCCURRED_AT.ge(window.bounds[0]))
                .and(CUSTOMER_TRANSACTION.OCCURRED_AT.lt(window.bounds[2 * MONTHS]))
                .and(currency == null ? DSL.noCondition() : CUSTOMER_TRANSACTION.CURRENCY.eq(currency))
                .and(ofDepartment)
                .groupBy(CUSTOMER_TRANSACTION.KIND, CUSTOMER_TRANSACTION.CURRENCY, day)
                .forEach(row -> {
                    int sign = TransactionKind.valueOf(row.value1()).revenueSign();
                    int index = window.indexOf(row.value3());
                    if (sign == 0 || index < 0) {
                        return;
                    }
                    BigDecimal amount = row.value4().multiply(BigDecimal.valueOf(sign));
                    if (currency == null) {
                        if (money.convert(amount, row.value2(), reporting, row.value3())
                                instanceof Conversion.Converted converted) {
                            values[index] = values[index].add(converted.money().amount());
                        }
                    } else {
                        values[index] = values[index].add(amount);
                    }
                });
        return values;
    }

    private Optional<FigureTrend> metric(Figure figure, Optional<Department> department, Window window) {
        return metrics.metrics().stream()
                .filter(metric -> metric.pluginId().equals(figure.source())
                        && metric.metric().labelKey().equals(figure.labelKey()))
                .findFirst()
                .map(metric -> {
                    BigDecimal[] values = new BigDecimal[2 * MONTHS];
                    for (int i = 0; i < values.length; i++) {
                        MetricRegistry.Value value = metrics.compute(metric, department, window.period(i));
                        values[i] = value.failed() ? null : value.value().orElse(null);
                    }
                    return window.trend(figure.labelKey(), figure.unit(), values);
                });
    }

    /** The 24 months ending with the one asked for, and where each begins in the zone. */
    private static final class Window {

        private final YearMonth first;
        private final ZoneId zone;
        private final Instant[] bounds = new Instant[2 * MONTHS + 1];

        Window(YearMonth last, ZoneId zone) {
            this.first = last.minusMonths(2L * MONTHS - 1);
            this.zone = zone;
            for (int i = 0; i < bounds.length; i++) {
                bounds[i] = first.plusMonths(i).atDay(1).atStartOfDay(zone).toInstant();
            }
        }

        int indexOf(LocalDate day) {
            long index = first.until(YearMonth.from(day), java.time.temporal.ChronoUnit.MONTHS);
            return index < 0 || index >= 2L * MONTHS ? -1 : (int) index;
        }

        ReportingPeriod period(int index) {
            YearMonth month = first.plusMonths(index);
            return new ReportingPeriod(month.atDay(1), month.plusMonths(1).atDay(1), zone);
        }

        FigureTrend trend(String labelKey, String unit, BigDecimal[] values) {
            List<YearMonth> months = new ArrayList<>();
            for (int i = MONTHS; i < 2 * MONTHS; i++) {
                months.add(first.plusMonths(i));
            }
            return new FigureTrend(labelKey, unit, months, Arrays.asList(values).subList(MONTHS, 2 * MONTHS),
                    Arrays.asList(values).subList(0, MONTHS));
        }
    }
}
