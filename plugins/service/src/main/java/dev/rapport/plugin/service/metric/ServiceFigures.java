package dev.rapport.plugin.service.metric;

import static dev.rapport.plugin.service.db.Tables.SVC_QUEUE;
import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;

import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.support.Times;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The service figures of a department (its queues) or the whole company in a reporting period, each one bounded
 * query over an indexed range: requests resolved in the period (resolved_at), first responses given in it
 * (first_response_at), and the open backlog (queue and status).
 */
public final class ServiceFigures {

    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

    private final PluginContext context;
    private final Clock clock;

    public ServiceFigures(PluginContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /** Share of the requests resolved in the period whose clocks were never breached, in percent. */
    public Optional<BigDecimal> slaCompliance(Optional<Department> department, ReportingPeriod period) {
        var met = DSL.sum(DSL.when(SVC_REQUEST.RESP_BREACHED_AT.isNull().and(SVC_REQUEST.RES_BREACHED_AT.isNull()), 1)
                .otherwise(0));
        var row = context.dsl().select(DSL.count(), met).from(SVC_REQUEST)
                .where(resolvedIn(period), inDepartment(department)).fetchOne();
        return percent(row.value2(), row.value1());
    }

    /** Share of the requests resolved in the period that had been reopened before, in percent. */
    public Optional<BigDecimal> reopenRate(Optional<Department> department, ReportingPeriod period) {
        var reopened = DSL.sum(DSL.when(SVC_REQUEST.REOPEN_COUNT.gt(0), 1).otherwise(0));
        var row = context.dsl().select(DSL.count(), reopened).from(SVC_REQUEST)
                .where(resolvedIn(period), inDepartment(department)).fetchOne();
        return percent(row.value2(), row.value1());
    }

    /** Average time from opening to resolution of the requests resolved in the period, in days. */
    public Optional<BigDecimal> resolutionDays(Optional<Department> department, ReportingPeriod period) {
        var seconds = DSL.avg(DSL.localDateTimeDiff(org.jooq.DatePart.SECOND, SVC_REQUEST.OPENED_AT.coerce(SQLDataType.LOCALDATETIME), SVC_REQUEST.RESOLVED_AT.coerce(SQLDataType.LOCALDATETIME)));
        return days(context.dsl().select(seconds).from(SVC_REQUEST).where(resolvedIn(period), inDepartment(department))
                .fetchOne(0, BigDecimal.class));
    }

    /** Average time from opening to the first reply of first replies given in the period, in days. */
    public Optional<BigDecimal> firstResponseDays(Optional<Department> department, ReportingPeriod period) {
        var seconds = DSL.avg(DSL.localDateTimeDiff(org.jooq.DatePart.SECOND, SVC_REQUEST.OPENED_AT.coerce(SQLDataType.LOCALDATETIME), SVC_REQUEST.FIRST_RESPONSE_AT.coerce(SQLDataType.LOCALDATETIME)));
        return days(context.dsl().select(seconds).from(SVC_REQUEST)
                .where(SVC_REQUEST.FIRST_RESPONSE_AT.ge(Times.stored(period.startInstant())),
                        SVC_REQUEST.FIRST_RESPONSE_AT.lt(Times.stored(period.endInstant())), inDepartment(department))
                .fetchOne(0, BigDecimal.class));
    }

    /** The open requests now, for a period that includes today; no value for other periods (it is not kept). */
    public Optional<BigDecimal> backlog(Optional<Department> department, ReportingPeriod period) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), period.zone());
        if (today.isBefore(period.start()) || !today.isBefore(period.end())) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(context.dsl().fetchCount(SVC_REQUEST,
                SVC_REQUEST.STATUS.in(RequestStatus.OPEN.stream().map(Enum::name).toList()), inDepartment(department))));
    }

    private static Condition resolvedIn(ReportingPeriod period) {
        return SVC_REQUEST.RESOLVED_AT.ge(Times.stored(period.startInstant()))
                .and(SVC_REQUEST.RESOLVED_AT.lt(Times.stored(period.endInstant())));
    }

    private static Condition inDepartment(Optional<Department> department) {
        return department.map(value -> SVC_REQUEST.QUEUE_ID.in(DSL.select(SVC_QUEUE.ID).from(SVC_QUEUE)
                .where(SVC_QUEUE.DEPARTMENT_ID.eq(value.id())))).orElse(DSL.noCondition());
    }

    private static Optional<BigDecimal> percent(BigDecimal part, int whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        BigDecimal share = part == null ? BigDecimal.ZERO : part;
        return Optional.of(share.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    private static Optional<BigDecimal> days(BigDecimal seconds) {
        return Optional.ofNullable(seconds).map(value -> value.divide(SECONDS_PER_DAY, 2, RoundingMode.HALF_UP));
    }
}
