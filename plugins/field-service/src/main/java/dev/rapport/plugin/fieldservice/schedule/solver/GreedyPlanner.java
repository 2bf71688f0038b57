package dev.rapport.plugin.fieldservice.schedule.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan a dispatcher makes by hand, the baseline the bench measures the solver against: the technician who is
 * free first takes the nearest visit they can still do (skills, window, shift with the drive home, absences, van
 * parts; when the nearest does not fit, the next nearest), until nobody can take any; then each job left over goes
 * into the gap of a route where it adds the least travel and delays no visit past its window. Fills the given routes
 * in place; never breaks a hard constraint.
 */
public final class GreedyPlanner {

    private GreedyPlanner() {
    }

    public static void plan(DayPlan plan) {
        List<Visit> open = new ArrayList<>(plan.getVisits().stream().filter(visit -> visit.getRoute() == null).toList());
        Map<TechnicianRoute, int[]> clock = new HashMap<>();
        Map<TechnicianRoute, GeoPoint> position = new HashMap<>();
        Map<TechnicianRoute, Map<Long, Integer>> van = new HashMap<>();
        List<TechnicianRoute> active = new ArrayList<>(plan.getRoutes());
        for (TechnicianRoute route : active) {
            clock.put(route, new int[] {route.shiftStart()});
            position.put(route, route.home());
            van.put(route, new HashMap<>(route.vanStock()));
        }
        while (!active.isEmpty() && !open.isEmpty()) {
            TechnicianRoute route = active.stream().min(Comparator.comparingInt(r -> clock.get(r)[0])).orElseThrow();
            Visit nearest = null;
            int bestTravel = Integer.MAX_VALUE;
            for (Visit visit : open) {
                int travel = route.travel().minutes(position.get(route), visit.site());
                if (travel < bestTravel && feasible(route, visit, clock.get(route)[0] + travel, van.get(route))) {
                    nearest = visit;
                    bestTravel = travel;
                }
            }
            if (nearest == null) {
                active.remove(route);
                continue;
            }
            int start = Math.max(clock.get(route)[0] + bestTravel, nearest.windowStart());
            open.remove(nearest);
            route.getVisits().add(nearest);
            clock.get(route)[0] = start + nearest.duration();
            position.put(route, nearest.site());
            takeParts(nearest, van.get(route));
        }
        insertLeftovers(open, plan.getRoutes(), van);
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

    /**
     * The jobs nearest-first left over (typically a morning job far from where everyone was when the morning ended)
     * each go where they add the least travel without making any visit of that route late: a dispatcher looking for a
     * gap, the jobs whose window closes first first.
     */
    private static void insertLeftovers(List<Visit> open, List<TechnicianRoute> routes,
                                        Map<TechnicianRoute, Map<Long, Integer>> van) {
        open.sort(Comparator.comparingInt(Visit::windowEnd).thenComparing(Visit::getId));
        for (Visit visit : open) {
            TechnicianRoute bestRoute = null;
            int bestIndex = -1;
            int bestExtra = Integer.MAX_VALUE;
            for (TechnicianRoute route : routes) {
                if (!route.skills().containsAll(visit.skills()) || !partsThere(visit, van.get(route))) {
                    continue;
                }
                List<Visit> visits = route.getVisits();
                for (int index = 0; index <= visits.size(); index++) {
                    GeoPoint before = index == 0 ? route.home() : visits.get(index - 1).site();
                    GeoPoint after = index == visits.size() ? route.home() : visits.get(index).site();
                    int extra = route.travel().minutes(before, visit.site())
                            + route.travel().minutes(visit.site(), after) - route.travel().minutes(before, after);
                    if (extra < bestExtra && fitsWith(route, visits, index, visit)) {
                        bestRoute = route;
                        bestIndex = index;
                        bestExtra = extra;
                    }
                }
            }
            if (bestRoute != null) {
                bestRoute.getVisits().add(bestIndex, visit);
                takeParts(visit, van.get(bestRoute));
            }
        }
    }

    /** Whether every visit of the route keeps its window, the absences and the shift with {@code visit} inserted. */
    private static boolean fitsWith(TechnicianRoute route, List<Visit> visits, int index, Visit visit) {
        List<Visit> order = new ArrayList<>(visits);
        order.add(index, visit);
        int clock = route.shiftStart();
        GeoPoint position = route.home();
        for (Visit stop : order) {
            int start = Math.max(clock + route.travel().minutes(position, stop.site()), stop.windowStart());
            clock = start + stop.duration();
            if (clock > stop.windowEnd() || route.absentMinutes(start, clock) > 0) {
                return false;
            }
            position = stop.site();
        }
        return clock + route.travel().minutes(position, route.home()) <= route.shiftEnd();
    }

    private static boolean partsThere(Visit visit, Map<Long, Integer> van) {
        return visit.isPartsReserved() || visit.getParts().entrySet().stream()
                .allMatch(need -> van.getOrDefault(need.getKey(), 0) >= need.getValue());
    }

    private static void takeParts(Visit visit, Map<Long, Integer> van) {
        if (!visit.isPartsReserved()) {
            visit.getParts().forEach((part, quantity) -> van.merge(part, -quantity, Integer::sum));
        }
    }

    private static boolean feasible(TechnicianRoute route, Visit visit, int arrival, Map<Long, Integer> van) {
        int start = Math.max(arrival, visit.windowStart());
        int end = start + visit.duration();
        return route.skills().containsAll(visit.skills()) && end <= visit.windowEnd()
                && end + route.travel().minutes(visit.site(), route.home()) <= route.shiftEnd()
                && route.absentMinutes(start, end) == 0 && partsThere(visit, van);
    }
}
