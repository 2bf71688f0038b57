package dev.rapport.plugin.fieldservice.schedule;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.schedule.solver.DayPlan;
import dev.rapport.plugin.fieldservice.schedule.solver.RouteSolver;
import dev.rapport.plugin.fieldservice.schedule.solver.TechnicianRoute;
import dev.rapport.plugin.fieldservice.schedule.solver.Visit;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.plugin.fieldservice.workorder.PlanLine;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Plans a day with the solver and applies dispatchers' moves. One plan or move at a time per node (a lock), so a move
 * never interleaves with a solve writing the same day; every write re-reads the day from the database first, so an
 * order is never on two routes (no double booking).
 */
public final class ScheduleService {

    /** The result of a planning run. */
    public record PlanSummary(int assigned, int unassigned, long travelMinutes, boolean feasible, String score) {
    }

    private final PluginContext context;
    private final FieldSettings settings;
    private final TechnicianService technicians;
    private final WorkOrderService workOrders;
    private final InventoryService inventory;
    private final Explanations explanations;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile RouteSolver solver;

    public ScheduleService(PluginContext context, FieldSettings settings, TechnicianService technicians,
                           WorkOrderService workOrders, InventoryService inventory) {
        this.context = context;
        this.settings = settings;
        this.technicians = technicians;
        this.workOrders = workOrders;
        this.inventory = inventory;
        this.explanations = new Explanations(context.i18n());
    }

    public DayProblem load(LocalDate day) {
        return DayProblem.load(day, settings, technicians, workOrders, inventory);
    }

    /** Plans {@code day} within the configured time limit, keeping pinned and started jobs, and saves the plan. */
    public PlanSummary plan(LocalDate day, BooleanSupplier cancelled, Consumer<String> progress) {
        lock.lock();
        try {
            DayProblem problem = load(day);
            if (problem.plan().getVisits().isEmpty() || problem.plan().getRoutes().isEmpty()) {
                return summary(problem.plan());
            }
            DayPlan best = solver().solve(problem.plan(), cancelled, score -> progress.accept(score.toString()));
            if (cancelled.getAsBoolean()) {
                return summary(best);
            }
            save(problem, best, Set.of());
            return summary(best);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves one order to {@code technicianId} at {@code position} on their route and pins it there. Refused with
     * {@link MoveRefusedException} (nothing changed) when the day would then break a hard rule it did not break.
     */
    public void move(LocalDate day, long workOrderId, int version, long technicianId, int position) {
        lock.lock();
        try {
            DayProblem problem = load(day);
            DayPlan plan = problem.plan();
            WorkOrder order = problem.order(workOrderId);
            if (order == null || order.version() != version) {
                throw new dev.rapport.sdk.error.ConcurrentEditException("Work order", workOrderId, context.clock().instant(),
                        "another dispatcher");
            }
            if (!order.status().isPlannable()) {
                throw new MoveRefusedException(Set.of("started"));
            }
            Visit visit = plan.getVisits().stream().filter(v -> v.getId() == workOrderId).findFirst().orElseThrow();
            TechnicianRoute target = plan.getRoutes().stream().filter(route -> route.technicianId() == technicianId)
                    .findFirst().orElseThrow(() -> new NotFoundException("Technician", technicianId));
            RouteSolver routeSolver = solver();
            routeSolver.score(plan);
            Set<String> before = routeSolver.brokenHardConstraints(plan);
            TechnicianRoute source = plan.getRoutes().stream().filter(route -> route.getVisits().contains(visit))
                    .findFirst().orElse(null);
            Set<TechnicianRoute> changed = new HashSet<>();
            if (source != null) {
                int index = source.getVisits().indexOf(visit);
                source.getVisits().remove(visit);
                if (index < source.pinnedCount()) {
                    source.setPinnedCount(source.pinnedCount() - 1);
                }
                changed.add(source);
            }
            int at = Math.max(0, Math.min(position, target.getVisits().size()));
            target.getVisits().add(at, visit);
            target.setPinnedCount(Math.max(target.pinnedCount(), at + 1));
            changed.add(target);
            DayProblem.settle(plan);
            routeSolver.score(plan);
            Set<String> after = new HashSet<>(routeSolver.brokenHardConstraints(plan));
            after.removeAll(before);
            if (!after.isEmpty()) {
                throw new MoveRefusedException(after);
            }
            save(problem, plan, changed.stream().flatMap(route -> route.getVisits().subList(0, route.pinnedCount())
                    .stream()).map(Visit::getId).collect(java.util.stream.Collectors.toSet()));
        } finally {
            lock.unlock();
        }
    }

    private void save(DayProblem problem, DayPlan plan, Set<Long> newlyPinned) {
        Instant now = context.clock().instant();
        context.dsl().transaction(configuration -> {
            for (Visit visit : plan.getVisits()) {
                WorkOrder order = problem.order(visit.getId());
                if (!order.status().isPlannable()) {
                    continue;
                }
                TechnicianRoute route = visit.getRoute();
                PlanLine line = route == null
                        ? new PlanLine(order.id(), problem.day(), null, null, null, null, false,
                                explanations.unassigned(visit, plan.getRoutes()))
                        : new PlanLine(order.id(), problem.day(), route.technicianId(),
                                problem.instant(visit.getStart()), route.getVisits().indexOf(visit) + 1,
                                visit.minutesFromPrevious(),
                                order.pinned() || newlyPinned.contains(order.id()), explanations.assigned(visit));
                workOrders.savePlan(configuration.dsl(), line, now);
            }
        });
    }

    private PlanSummary summary(DayPlan plan) {
        int assigned = (int) plan.getVisits().stream().filter(visit -> visit.getRoute() != null).count();
        return new PlanSummary(assigned, plan.getVisits().size() - assigned, plan.totalTravelMinutes(),
                plan.getScore() != null && plan.getScore().hardScore() == 0, String.valueOf(plan.getScore()));
    }

    private RouteSolver solver() {
        RouteSolver current = solver;
        if (current == null) {
            current = new RouteSolver(settings.solverTimeLimit());
            solver = current;
        }
        return current;
    }
}
