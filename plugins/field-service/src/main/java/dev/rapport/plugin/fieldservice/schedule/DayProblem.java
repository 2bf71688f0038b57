package dev.rapport.plugin.fieldservice.schedule;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.schedule.solver.DayPlan;
import dev.rapport.plugin.fieldservice.schedule.solver.TechnicianRoute;
import dev.rapport.plugin.fieldservice.schedule.solver.Travel;
import dev.rapport.plugin.fieldservice.schedule.solver.Visit;
import dev.rapport.plugin.fieldservice.technician.Absence;
import dev.rapport.plugin.fieldservice.technician.Technician;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.plugin.fieldservice.workorder.PartLine;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A day's plan as it stands in the database, turned into the solver's {@link DayPlan}: every technician's route with
 * the orders already on it (pinned ones and those under way first, kept there), and the open orders whose window
 * touches the day. Times are minutes from the day's midnight in the planning zone.
 */
public final class DayProblem {

    private final LocalDate day;
    private final ZonedDateTime midnight;
    private final DayPlan plan;
    private final Map<Long, WorkOrder> orders;

    private DayProblem(LocalDate day, ZonedDateTime midnight, DayPlan plan, Map<Long, WorkOrder> orders) {
        this.day = day;
        this.midnight = midnight;
        this.plan = plan;
        this.orders = orders;
    }

    public static DayProblem load(LocalDate day, FieldSettings settings, TechnicianService technicians,
                                  WorkOrderService workOrders, InventoryService inventory) {
        ZoneId zone = settings.zone();
        ZonedDateTime midnight = day.atStartOfDay(zone);
        Instant dayStart = midnight.toInstant();
        Instant dayEnd = midnight.plusDays(1).toInstant();
        Travel travel = new Travel(settings.speedKmh());
        Map<Long, List<Absence>> absences = technicians.absences(dayStart, dayEnd).stream()
                .collect(Collectors.groupingBy(Absence::userId));
        Map<Long, Map<Long, Integer>> vans = inventory.freeInVans();
        Map<Long, TechnicianRoute> routes = new HashMap<>();
        List<TechnicianRoute> routeList = new ArrayList<>();
        for (Technician technician : technicians.all()) {
            List<int[]> off = absences.getOrDefault(technician.userId(), List.of()).stream()
                    .map(absence -> new int[] {minute(midnight, absence.startsAt()), minute(midnight, absence.endsAt())})
                    .toList();
            TechnicianRoute route = new TechnicianRoute(technician.userId(), technician.name(), technician.skills(),
                    technician.home(), technician.workStart().toSecondOfDay() / 60,
                    technician.workEnd().toSecondOfDay() / 60, off, technician.territory(),
                    vans.getOrDefault(technician.userId(), Map.of()), travel);
            routes.put(technician.userId(), route);
            routeList.add(route);
        }
        List<WorkOrder> dayOrders = workOrders.ofDay(day, dayStart, dayEnd).stream()
                .filter(order -> !order.status().isClosed() || order.technicianId() != null)
                .filter(order -> order.status() != WorkOrderStatus.CANCELLED).toList();
        Map<Long, List<PartLine>> parts = workOrders.parts(dayOrders.stream().map(WorkOrder::id).toList());
        Map<Long, WorkOrder> byId = new HashMap<>();
        List<Visit> visits = new ArrayList<>();
        Map<TechnicianRoute, List<Visit>> fixed = new HashMap<>();
        Map<TechnicianRoute, List<Visit>> movable = new HashMap<>();
        for (WorkOrder order : dayOrders.stream().sorted(Comparator.comparing((WorkOrder o) ->
                o.routeOrder() == null ? Integer.MAX_VALUE : o.routeOrder()).thenComparing(WorkOrder::id)).toList()) {
            List<PartLine> lines = parts.getOrDefault(order.id(), List.of());
            Visit visit = new Visit(order.id(), "#" + order.id() + " " + order.title(), order.site(),
                    order.durationMinutes(), minute(midnight, order.windowStart()), minute(midnight, order.windowEnd()),
                    order.skills(), order.priority().weight(), order.territory(),
                    lines.stream().collect(Collectors.toMap(PartLine::partId, PartLine::quantity)),
                    !lines.isEmpty() && lines.stream().allMatch(line -> line.reservedAt() != null));
            byId.put(order.id(), order);
            visits.add(visit);
            TechnicianRoute route = order.technicianId() == null ? null : routes.get(order.technicianId());
            if (route != null && day.equals(order.plannedDay())) {
                boolean keep = order.pinned() || !order.status().isPlannable();
                (keep ? fixed : movable).computeIfAbsent(route, r -> new ArrayList<>()).add(visit);
            }
        }
        for (TechnicianRoute route : routeList) {
            List<Visit> onRoute = new ArrayList<>(fixed.getOrDefault(route, List.of()));
            route.setPinnedCount(onRoute.size());
            onRoute.addAll(movable.getOrDefault(route, List.of()));
            route.setVisits(onRoute);
        }
        DayPlan plan = new DayPlan(routeList, visits);
        settle(plan);
        return new DayProblem(day, midnight, plan, byId);
    }

    public DayPlan plan() {
        return plan;
    }

    public LocalDate day() {
        return day;
    }

    public WorkOrder order(long id) {
        return orders.get(id);
    }

    public Instant instant(int minuteOfDay) {
        return midnight.plusMinutes(minuteOfDay).toInstant();
    }

    /** Sets every visit's route, neighbours and start as the routes now stand (the solver does it while solving). */
    static void settle(DayPlan plan) {
        for (Visit visit : plan.getVisits()) {
            visit.setRoute(null);
            visit.setPrevious(null);
            visit.setNext(null);
            visit.setStart(null);
        }
        for (TechnicianRoute route : plan.getRoutes()) {
            Visit previous = null;
            for (Visit visit : route.getVisits()) {
                visit.setRoute(route);
                visit.setPrevious(previous);
                if (previous != null) {
                    previous.setNext(visit);
                }
                visit.setStart(Math.max(visit.arrival(), visit.windowStart()));
                previous = visit;
            }
        }
    }

    static int minute(ZonedDateTime midnight, Instant instant) {
        long minutes = Duration.between(midnight.toInstant(), instant).toMinutes();
        return (int) Math.max(0, Math.min(24 * 60, minutes));
    }
}
