package dev.rapport.plugin.fieldservice.schedule.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan a dispatcher makes by hand, as a baseline for the solver: the technician who is free first takes the
 * nearest visit they can still do (skills, window, shift with the drive home, absences, van parts), until nobody can
 * take any. Fills the given routes in place; never breaks a hard constraint.
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
            if (!nearest.isPartsReserved()) {
                nearest.getParts().forEach((part, quantity) -> van.get(route).merge(part, -quantity, Integer::sum));
            }
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

    private static boolean feasible(TechnicianRoute route, Visit visit, int arrival, Map<Long, Integer> van) {
        int start = Math.max(arrival, visit.windowStart());
        int end = start + visit.duration();
        boolean partsThere = visit.isPartsReserved() || visit.getParts().entrySet().stream()
                .allMatch(need -> van.getOrDefault(need.getKey(), 0) >= need.getValue());
        return route.skills().containsAll(visit.skills()) && end <= visit.windowEnd()
                && end + route.travel().minutes(visit.site(), route.home()) <= route.shiftEnd()
                && route.absentMinutes(start, end) == 0 && partsThere;
    }
}
