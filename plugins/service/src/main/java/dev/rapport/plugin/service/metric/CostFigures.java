package dev.rapport.plugin.service.metric;

import static dev.rapport.plugin.service.db.Tables.SVC_QUEUE;
import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;

import dev.rapport.plugin.service.support.Times;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.Money;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jooq.impl.DSL;

/**
 * Cost to serve per customer: the working time logged on the requests resolved in the period times their queue's
 * hourly rate, in the company's reporting currency (each queue's currency converted at the period's last day),
 * divided by the customers those requests were for. No value when a rate is missing, rather than a wrong one.
 */
public final class CostFigures {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final PluginContext context;

    public CostFigures(PluginContext context) {
        this.context = context;
    }

    public String currency() {
        return context.money().reportingCurrency();
    }

    public Optional<BigDecimal> perCustomer(Optional<Department> department, ReportingPeriod period) {
        var cost = DSL.sum(SVC_REQUEST.MINUTES_LOGGED.cast(BigDecimal.class).mul(SVC_QUEUE.HOURLY_RATE));
        var condition = SVC_REQUEST.RESOLVED_AT.ge(Times.stored(period.startInstant()))
                .and(SVC_REQUEST.RESOLVED_AT.lt(Times.stored(period.endInstant())))
                .and(department.map(value -> SVC_QUEUE.DEPARTMENT_ID.eq(value.id())).orElse(DSL.noCondition()));
        var rows = context.dsl().select(SVC_QUEUE.CURRENCY, cost).from(SVC_REQUEST).join(SVC_QUEUE)
                .on(SVC_QUEUE.ID.eq(SVC_REQUEST.QUEUE_ID)).where(condition).groupBy(SVC_QUEUE.CURRENCY).fetch();
        int customers = context.dsl().fetchCount(context.dsl().selectDistinct(SVC_REQUEST.CUSTOMER_ID).from(SVC_REQUEST)
                .join(SVC_QUEUE).on(SVC_QUEUE.ID.eq(SVC_REQUEST.QUEUE_ID)).where(condition));
        if (customers == 0) {
            return Optional.empty();
        }
        BigDecimal total = BigDecimal.ZERO;
        for (var row : rows) {
            BigDecimal amount = row.value2() == null ? BigDecimal.ZERO : row.value2().divide(MINUTES_PER_HOUR, 4,
                    RoundingMode.HALF_UP);
            Conversion converted = context.money().toReportingCurrency(new Money(amount, row.value1()),
                    period.end().minusDays(1));
            if (!(converted instanceof Conversion.Converted done)) {
                return Optional.empty();
            }
            total = total.add(done.money().amount());
        }
        return Optional.of(total.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP));
    }
}
