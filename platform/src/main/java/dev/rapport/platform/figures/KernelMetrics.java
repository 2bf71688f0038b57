package dev.rapport.platform.figures;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.TASK;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.MetricRecord;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The kernel's own scorecard metrics, offered beside the plugins' in the metric catalogue: customers, active
 * customers, revenue in the reporting currency, interactions per channel and tasks done on time. A department's
 * customers are those its members own, its interactions those its members recorded, its tasks those its members
 * completed (as on the department figures page). Every query is an index range over the period or the owners.
 */
public final class KernelMetrics {

    /** The drill-down's customer page route, as the kernel's 360° view is registered. */
    private static final String CUSTOMER_ROUTE = "customers/";

    private final DSLContext dsl;
    private final KernelFigures figures;
    private final CurrencyConverter money;

    public KernelMetrics(DSLContext dsl, CurrencyConverter money) {
        this.dsl = dsl;
        this.money = money;
        this.figures = new KernelFigures(dsl, money);
    }

    /** The metrics, ids without the {@code kernel/} prefix. */
    public List<ScorecardMetric> metrics() {
        List<ScorecardMetric> metrics = new ArrayList<>();
        metrics.add(new Metric("customers", "count", this::customers, this::customerRecords));
        metrics.add(new Metric("active-customers", "count", this::activeCustomers, this::activeCustomerRecords));
        metrics.add(new Metric("revenue", null, (department, period) -> Optional.of(figures.revenueTotal(
                department.map(Department::id), period.startInstant(), period.endInstant())), null));
        for (Channel channel : Channel.values()) {
            metrics.add(new Metric("interactions-" + channel.name().toLowerCase(Locale.ROOT).replace('_', '-'), "count",
                    (department, period) -> interactions(channel, department, period), null));
        }
        metrics.add(new Metric("tasks-on-time", "%", this::tasksOnTime, null));
        return metrics;
    }

    /** Customers the department's members own that existed at the period's end. */
    Optional<BigDecimal> customers(Optional<Department> department, ReportingPeriod period) {
        return Optional.of(BigDecimal.valueOf(dsl.fetchCount(CUSTOMER, ownedBy(department)
                .and(CUSTOMER.CREATED_AT.lt(period.endInstant())))));
    }

    /** The department's customers with at least one interaction (by anyone) in the period. */
    Optional<BigDecimal> activeCustomers(Optional<Department> department, ReportingPeriod period) {
        return Optional.of(BigDecimal.valueOf(dsl.fetchCount(DSL.selectDistinct(INTERACTION.CUSTOMER_ID)
                .from(INTERACTION).where(activeIn(department, period)))));
    }

    /** Interactions on one channel that the department's members recorded in the period. */
    Optional<BigDecimal> interactions(Channel channel, Optional<Department> department, ReportingPeriod period) {
        return Optional.of(BigDecimal.valueOf(dsl.fetchCount(INTERACTION, inPeriod(period)
                .and(INTERACTION.CHANNEL.eq(channel.name()))
                .and(KernelFigures.memberOf(INTERACTION.RECORDED_BY, department.map(Department::id))))));
    }

    /**
     * Of the tasks with a due date that the department's members completed in the period, the share completed by
     * the end of the due day in the period's time zone, in percent; undefined without any such task.
     */
    Optional<BigDecimal> tasksOnTime(Optional<Department> department, ReportingPeriod period) {
        int[] counts = new int[2];
        dsl.select(TASK.COMPLETED_AT, TASK.DUE_DATE).from(TASK)
                .where(TASK.COMPLETED_AT.ge(period.startInstant()).and(TASK.COMPLETED_AT.lt(period.endInstant())))
                .and(TASK.DUE_DATE.isNotNull())
                .and(KernelFigures.memberOf(TASK.COMPLETED_BY, department.map(Department::id)))
                .forEach(row -> {
                    LocalDate completedOn = row.value1().atZone(period.zone()).toLocalDate();
                    counts[0]++;
                    counts[1] += completedOn.isAfter(row.value2()) ? 0 : 1;
                });
        return counts[0] == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(counts[1] * 100L)
                .divide(BigDecimal.valueOf(counts[0]), 1, RoundingMode.HALF_UP));
    }

    private List<MetricRecord> customerRecords(Optional<Department> department, ReportingPeriod period, int limit) {
        return dsl.select(CUSTOMER.ID, CUSTOMER.DISPLAY_NAME).from(CUSTOMER)
                .where(ownedBy(department).and(CUSTOMER.CREATED_AT.lt(period.endInstant())))
                .orderBy(CUSTOMER.CREATED_AT.desc()).limit(limit)
                .fetch(row -> new MetricRecord(row.value2(), "", CUSTOMER_ROUTE + row.value1()));
    }

    private List<MetricRecord> activeCustomerRecords(Optional<Department> department, ReportingPeriod period,
                                                     int limit) {
        var ids = DSL.selectDistinct(INTERACTION.CUSTOMER_ID).from(INTERACTION).where(activeIn(department, period))
                .limit(limit).asTable("active");
        return dsl.select(CUSTOMER.ID, CUSTOMER.DISPLAY_NAME).from(CUSTOMER)
                .where(CUSTOMER.ID.in(DSL.select(ids.field(INTERACTION.CUSTOMER_ID)).from(ids)))
                .orderBy(CUSTOMER.SORT_NAME, CUSTOMER.ID)
                .fetch(row -> new MetricRecord(row.value2(), "", CUSTOMER_ROUTE + row.value1()));
    }

    private Condition activeIn(Optional<Department> department, ReportingPeriod period) {
        return inPeriod(period).and(department.isEmpty() ? DSL.noCondition()
                : INTERACTION.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER).where(ownedBy(department))));
    }

    private static Condition inPeriod(ReportingPeriod period) {
        return INTERACTION.OCCURRED_AT.ge(period.startInstant()).and(INTERACTION.OCCURRED_AT.lt(period.endInstant()));
    }

    private static Condition ownedBy(Optional<Department> department) {
        return department.isEmpty() ? DSL.noCondition()
                : KernelFigures.memberOf(CUSTOMER.OWNER_ID, department.map(Department::id));
    }

    /** The drill-down of a kernel metric. */
    private interface Records {
        List<MetricRecord> list(Optional<Department> department, ReportingPeriod period, int limit);
    }

    /** One kernel metric; a null unit means the reporting currency at the time of asking. */
    private final class Metric implements ScorecardMetric {
        private final String id;
        private final String unit;
        private final BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> compute;
        private final Records records;

        Metric(String id, String unit, BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> compute,
               Records records) {
            this.id = id;
            this.unit = unit;
            this.compute = compute;
            this.records = records;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String labelKey() {
            return "metric." + id;
        }

        @Override
        public Optional<String> definitionKey() {
            return Optional.of("metric." + (id.startsWith("interactions-") ? "interactions" : id) + ".definition");
        }

        @Override
        public String unit() {
            return unit != null ? unit : money.reportingCurrency();
        }

        @Override
        public MetricDirection direction() {
            return MetricDirection.HIGHER_IS_BETTER;
        }

        @Override
        public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
            return compute.apply(department, period);
        }

        @Override
        public boolean offersRecords() {
            return records != null;
        }

        @Override
        public List<MetricRecord> records(Optional<Department> department, ReportingPeriod period, int limit) {
            return records == null ? List.of() : records.list(department, period, limit);
        }
    }
}
