package dev.rapport.plugin.fieldservice.maintenance;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_MAINTENANCE_PLAN;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.db.tables.records.FsdMaintenancePlanRecord;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderDraft;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Agreements' planned maintenance: every {@code interval_days} a visit at the site. {@link #generateDue} makes the
 * work order of each visit due within the lead time (all day on the due date, normal priority) and moves the plan's
 * next due date on. The order's origin reference is the plan and due date, so a run repeated after a crash finds the
 * order it already made and only moves the date on: nothing is lost or doubled. Edits check the version read, and the
 * generation moves the version on too, so a dispatcher's save never puts back a due date the job has just passed.
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

    /** A new active plan; returns its id. */
    public long create(PlanDraft draft) {
        PlanDraft plan = checked(draft);
        long id = context.dsl().insertInto(FSD_MAINTENANCE_PLAN).set(FSD_MAINTENANCE_PLAN.CUSTOMER_ID, plan.customerId())
                .set(columns(plan)).set(FSD_MAINTENANCE_PLAN.UPDATED_AT, context.clock().instant())
                .returning(FSD_MAINTENANCE_PLAN.ID).fetchOne().getId();
        context.logger().info("Maintenance plan {} created for customer {}", id, plan.customerId());
        return id;
    }

    /** Saves what the plan asks for, if it is still at {@code version}; the customer stays. */
    public void update(long id, int version, PlanDraft draft) {
        PlanDraft plan = checked(draft);
        write(id, version, columns(plan));
        context.logger().info("Maintenance plan {} changed", id);
    }

    /** Stops or resumes the generation of the plan's work orders; the ones made stay. */
    public void setActive(long id, int version, boolean active) {
        write(id, version, Map.of(FSD_MAINTENANCE_PLAN.ACTIVE, active));
        context.logger().info("Maintenance plan {} {}", id, active ? "resumed" : "deactivated");
    }

    /** Deletes the plan; the work orders it made stay (with the plan's number in their origin). */
    public void delete(long id, int version) {
        if (context.dsl().deleteFrom(FSD_MAINTENANCE_PLAN).where(FSD_MAINTENANCE_PLAN.ID.eq(id),
                FSD_MAINTENANCE_PLAN.VERSION.eq(version)).execute() == 0) {
            throw lostRace(id);
        }
        context.logger().info("Maintenance plan {} deleted", id);
    }

    public Optional<MaintenancePlan> find(long id) {
        return context.dsl().selectFrom(FSD_MAINTENANCE_PLAN).where(FSD_MAINTENANCE_PLAN.ID.eq(id))
                .fetchOptional(MaintenancePlans::map);
    }

    /** A page of plans by next due date (then id), after {@code after} (keyset), all of them or the active ones. */
    public List<MaintenancePlan> page(boolean activeOnly, MaintenancePlan after, int limit) {
        Condition condition = activeOnly ? FSD_MAINTENANCE_PLAN.ACTIVE.isTrue() : DSL.noCondition();
        if (after != null) {
            LocalDate due = after.draft().nextDue();
            condition = condition.and(FSD_MAINTENANCE_PLAN.NEXT_DUE.gt(due).or(FSD_MAINTENANCE_PLAN.NEXT_DUE.eq(due)
                    .and(FSD_MAINTENANCE_PLAN.ID.gt(after.id()))));
        }
        return context.dsl().selectFrom(FSD_MAINTENANCE_PLAN).where(condition)
                .orderBy(FSD_MAINTENANCE_PLAN.NEXT_DUE, FSD_MAINTENANCE_PLAN.ID).limit(limit)
                .fetch(MaintenancePlans::map);
    }

    /** The work orders the plan made, newest first, before {@code beforeId} (keyset; 0 for the first page). */
    public List<WorkOrder> workOrders(long planId, long beforeId, int limit) {
        return workOrders.fromOrigin(Origin.MAINTENANCE, planId + "@", beforeId, limit);
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
                        workOrders.create(order(plan, ref, zone));
                        made++;
                    }
                    plan.setNextDue(plan.getNextDue().plusDays(plan.getIntervalDays()));
                    context.dsl().update(FSD_MAINTENANCE_PLAN).set(FSD_MAINTENANCE_PLAN.NEXT_DUE, plan.getNextDue())
                            .set(FSD_MAINTENANCE_PLAN.VERSION, FSD_MAINTENANCE_PLAN.VERSION.plus(1))
                            .set(FSD_MAINTENANCE_PLAN.UPDATED_AT, context.clock().instant())
                            .where(FSD_MAINTENANCE_PLAN.ID.eq(plan.getId())).execute();
                }
                afterId = plan.getId();
            }
        }
        return made;
    }

    private static WorkOrderDraft order(FsdMaintenancePlanRecord plan, String ref, ZoneId zone) {
        return new WorkOrderDraft(plan.getCustomerId(), plan.getTitle(), null, plan.getSiteAddress(), plan.getSiteLat(),
                plan.getSiteLon(), plan.getTerritory(), plan.getProductId(), Set.copyOf(skills(plan.getSkills())), plan.getDurationMin(), plan.getNextDue().atTime(8, 0).atZone(zone).toInstant(),
                plan.getNextDue().atTime(17, 0).atZone(zone).toInstant(), Priority.NORMAL, Map.of(), Origin.MAINTENANCE,
                ref);
    }

    private PlanDraft checked(PlanDraft draft) {
        return PlanRules.check(draft, context.customers().find(draft.customerId()).isPresent());
    }

    private static Map<Field<?>, Object> columns(PlanDraft plan) {
        return Map.of(FSD_MAINTENANCE_PLAN.TITLE, plan.title(), FSD_MAINTENANCE_PLAN.SITE_ADDRESS, plan.siteAddress(),
                FSD_MAINTENANCE_PLAN.SITE_LAT, plan.site().lat(), FSD_MAINTENANCE_PLAN.SITE_LON, plan.site().lon(),
                FSD_MAINTENANCE_PLAN.SKILLS, String.join(",", plan.skills()),
                FSD_MAINTENANCE_PLAN.DURATION_MIN, plan.durationMinutes(),
                FSD_MAINTENANCE_PLAN.INTERVAL_DAYS, plan.intervalDays(), FSD_MAINTENANCE_PLAN.NEXT_DUE, plan.nextDue());
    }

    /** Writes the columns if the plan is still at {@code version}, moving the version on. */
    private void write(long id, int version, Map<Field<?>, Object> changes) {
        Instant now = context.clock().instant();
        if (context.dsl().update(FSD_MAINTENANCE_PLAN).set(changes).set(FSD_MAINTENANCE_PLAN.UPDATED_AT, now)
                .set(FSD_MAINTENANCE_PLAN.VERSION, FSD_MAINTENANCE_PLAN.VERSION.plus(1))
                .where(FSD_MAINTENANCE_PLAN.ID.eq(id), FSD_MAINTENANCE_PLAN.VERSION.eq(version)).execute() == 0) {
            throw lostRace(id);
        }
    }

    /** Why a write found nothing at the version read: the plan is gone, or someone changed it meanwhile. */
    private RuntimeException lostRace(long id) {
        return context.dsl().select(FSD_MAINTENANCE_PLAN.UPDATED_AT).from(FSD_MAINTENANCE_PLAN)
                .where(FSD_MAINTENANCE_PLAN.ID.eq(id)).fetchOptional()
                .<RuntimeException>map(row -> new ConcurrentEditException("Maintenance plan", id, row.value1(),
                        "another user"))
                .orElseGet(() -> new NotFoundException("Maintenance plan", id));
    }

    private static List<String> skills(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(skill -> !skill.isEmpty()).toList();
    }

    private static MaintenancePlan map(FsdMaintenancePlanRecord r) {
        return new MaintenancePlan(r.getId(), new PlanDraft(r.getCustomerId(), r.getTitle(), r.getSiteAddress(),
                new GeoPoint(r.getSiteLat(), r.getSiteLon()), new TreeSet<>(skills(r.getSkills())),
                r.getDurationMin(), r.getIntervalDays(), r.getNextDue()), r.getActive(), r.getVersion());
    }
}
