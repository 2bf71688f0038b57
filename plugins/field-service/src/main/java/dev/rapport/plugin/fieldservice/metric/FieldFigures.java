package dev.rapport.plugin.fieldservice.metric;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_STOCK_MOVE;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_TECHNICIAN;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_WORK_ORDER;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderStatus;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.Record6;
import org.jooq.Result;

/**
 * The field KPIs over the visits finished in a period (the finished-at index bounds every read), for the technicians
 * of a department or for everyone.
 */
public final class FieldFigures {

    /** An arrival up to this late after the planned start still counts as on time. */
    static final Duration GRACE = Duration.ofMinutes(15);

    private final PluginContext context;
    private final FieldSettings settings;

    public FieldFigures(PluginContext context, FieldSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    /** Completed on the visit, of all visits finished (completed or not). */
    public Optional<BigDecimal> firstTimeFixRate(Optional<Department> department, ReportingPeriod period) {
        var rows = finished(department, period);
        long completed = rows.stream().filter(row -> WorkOrderStatus.COMPLETED.name().equals(row.value2())).count();
        return percent(completed, rows.size());
    }

    public Optional<BigDecimal> jobsPerTechnicianDay(Optional<Department> department, ReportingPeriod period) {
        var rows = finished(department, period);
        Set<String> technicianDays = technicianDays(rows);
        return technicianDays.isEmpty() ? Optional.empty() : Optional.of(BigDecimal.valueOf(rows.size())
                .divide(BigDecimal.valueOf(technicianDays.size()), 2, RoundingMode.HALF_UP));
    }

    public Optional<BigDecimal> onTimeArrival(Optional<Department> department, ReportingPeriod period) {
        var rows = finished(department, period);
        long arrived = 0;
        long onTime = 0;
        for (var row : rows) {
            if (row.value4() != null && row.value5() != null) {
                arrived++;
                if (!row.value5().isAfter(row.value4().plus(GRACE))) {
                    onTime++;
                }
            }
        }
        return percent(onTime, arrived);
    }

    /** Minutes on site, of the working minutes of the technicians on the days they worked. */
    public Optional<BigDecimal> utilisation(Optional<Department> department, ReportingPeriod period) {
        var rows = finished(department, period);
        Map<Long, Long> shiftMinutes = context.dsl().select(FSD_TECHNICIAN.USER_ID, FSD_TECHNICIAN.WORK_START,
                FSD_TECHNICIAN.WORK_END).from(FSD_TECHNICIAN).fetchMap(record -> record.value1(),
                record -> Duration.between(record.value2(), record.value3()).toMinutes());
        long onSite = 0;
        for (var row : rows) {
            if (row.value5() != null) {
                onSite += Duration.between(row.value5(), row.value6()).toMinutes();
            }
        }
        long available = 0;
        for (String technicianDay : technicianDays(rows)) {
            available += shiftMinutes.getOrDefault(Long.parseLong(technicianDay.split("@")[0]), 480L);
        }
        return percent(onSite, available);
    }

    /** Reservations refused for want of stock. */
    public Optional<BigDecimal> stockOuts(Optional<Department> department, ReportingPeriod period) {
        return Optional.of(BigDecimal.valueOf(context.dsl().fetchCount(FSD_STOCK_MOVE,
                FSD_STOCK_MOVE.KIND.eq("STOCK_OUT"),
                FSD_STOCK_MOVE.OCCURRED_AT.ge(period.startInstant()),
                FSD_STOCK_MOVE.OCCURRED_AT.lt(period.endInstant()))));
    }

    private Result<Record6<Long, String, Long, Instant, Instant, Instant>> finished(Optional<Department> department,
                                                                                  ReportingPeriod period) {
        Condition condition = FSD_WORK_ORDER.FINISHED_AT.ge(period.startInstant())
                .and(FSD_WORK_ORDER.FINISHED_AT.lt(period.endInstant()));
        if (department.isPresent()) {
            List<Long> members = context.staff().members(department.get().id()).stream().map(UserInfo::id).toList();
            condition = condition.and(FSD_WORK_ORDER.TECHNICIAN_ID.in(members));
        }
        return context.dsl().select(FSD_WORK_ORDER.ID, FSD_WORK_ORDER.STATUS, FSD_WORK_ORDER.TECHNICIAN_ID,
                        FSD_WORK_ORDER.PLANNED_START, FSD_WORK_ORDER.ARRIVED_AT, FSD_WORK_ORDER.FINISHED_AT)
                .from(FSD_WORK_ORDER).where(condition).fetch();
    }

    private Set<String> technicianDays(List<? extends Record6<Long, String, Long, Instant, Instant, Instant>> rows) {
        Set<String> days = new HashSet<>();
        for (var row : rows) {
            if (row.value3() != null) {
                days.add(row.value3() + "@" + LocalDate.ofInstant(row.value6(), settings.zone()));
            }
        }
        return days;
    }

    private static Optional<BigDecimal> percent(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(part * 100)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
