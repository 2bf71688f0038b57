package dev.rapport.plugin.fieldservice.maintenance;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_MAINTENANCE_PLAN;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.db.tables.records.FsdMaintenancePlanRecord;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderDraft;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Agreements' planned maintenance: every {@code interval_days} a visit at the site. {@link #generateDue} makes the
 * work order of each visit due within the lead time (all day on the due date, normal priority) and moves the plan's
 * next due date on. The order's origin reference is the plan and due date, so a run repeated after a crash finds the
 * order it already made and only moves the date on: nothing is lost or doubled.
 */
public final class MaintenancePlans {

    private static final int BATCH = 200;

    private final PluginContext context;
    private final FieldSettings settings;
    private final WorkOrderService workOrders;

    public MaintenancePlans(PluginContext context, FieldSettings settings, WorkOrderService workOrders) {
        this.context = context;
        this.settings = settings;
        this.workOrders = workOrders;
    }

    /** A new plan; {@code skills} comma-separated. */
    public long create(long customerId, String title, String siteAddress, double lat, double lon, String skills,
                       int durationMinutes, int intervalDays, LocalDate firstDue) {
        if (intervalDays < 1 || title == null || title.isBlank()) {
            throw new ValidationException(List.of(FieldError.of(intervalDays < 1 ? "interval" : "title",
                    "fieldservice.error.required")));
        }
        return context.dsl().insertInto(FSD_MAINTENANCE_PLAN).set(FSD_MAINTENANCE_PLAN.CUSTOMER_ID, customerId)
                .set(FSD_MAINTENANCE_PLAN.TITLE, title.strip()).set(FSD_MAINTENANCE_PLAN.SITE_ADDRESS, siteAddress)
                .set(FSD_MAINTENANCE_PLAN.SITE_LAT, lat).set(FSD_MAINTENANCE_PLAN.SITE_LON, lon)
                .set(FSD_MAINTENANCE_PLAN.SKILLS, skills).set(FSD_MAINTENANCE_PLAN.DURATION_MIN, durationMinutes)
                .set(FSD_MAINTENANCE_PLAN.INTERVAL_DAYS, intervalDays).set(FSD_MAINTENANCE_PLAN.NEXT_DUE, firstDue)
                .returning(FSD_MAINTENANCE_PLAN.ID).fetchOne().getId();
    }

    /** Makes the work orders due within the lead time; returns how many were made. */
    public int generateDue(BooleanSupplier cancelled) {
        ZoneId zone = settings.zone();
        LocalDate horizon = LocalDate.ofInstant(context.clock().instant(), zone).plusDays(settings.maintenanceLeadDays());
        int made = 0;
        long afterId = 0;
        while (!cancelled.getAsBoolean()) {
            List<FsdMaintenancePlanRecord> due = context.dsl().selectFrom(FSD_MAINTENANCE_PLAN)
                    .where(FSD_MAINTENANCE_PLAN.ACTIVE.isTrue(), FSD_MAINTENANCE_PLAN.NEXT_DUE.le(horizon),
                            FSD_MAINTENANCE_PLAN.ID.gt(afterId))
                    .orderBy(FSD_MAINTENANCE_PLAN.ID).limit(BATCH).fetch();
            if (due.isEmpty()) {
                break;
            }
            for (FsdMaintenancePlanRecord plan : due) {
                while (!plan.getNextDue().isAfter(horizon)) {
                    String ref = plan.getId() + "@" + plan.getNextDue();
                    if (!workOrders.existsFromOrigin(Origin.MAINTENANCE, ref)) {
                        workOrders.create(new WorkOrderDraft(plan.getCustomerId(), plan.getTitle(), null,
                                plan.getSiteAddress(), plan.getSiteLat(), plan.getSiteLon(), plan.getTerritory(),
                                plan.getProductId(), Arrays.stream(plan.getSkills().split(",")).map(String::strip)
                                .filter(skill -> !skill.isEmpty()).collect(Collectors.toSet()), plan.getDurationMin(),
                                plan.getNextDue().atTime(8, 0).atZone(zone).toInstant(),
                                plan.getNextDue().atTime(17, 0).atZone(zone).toInstant(), Priority.NORMAL, Map.of(),
                                Origin.MAINTENANCE, ref));
                        made++;
                    }
                    plan.setNextDue(plan.getNextDue().plusDays(plan.getIntervalDays()));
                    context.dsl().update(FSD_MAINTENANCE_PLAN).set(FSD_MAINTENANCE_PLAN.NEXT_DUE, plan.getNextDue())
                            .where(FSD_MAINTENANCE_PLAN.ID.eq(plan.getId())).execute();
                }
                afterId = plan.getId();
            }
        }
        return made;
    }
}
