package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.ArrayList;
import java.util.List;

/**
 * One day's plan: the technicians' routes and the visits to place. Hard: nothing a technician cannot do (skills,
 * windows, hours, absences, overlaps, parts); medium: as many visits placed as possible, the urgent first; soft: less
 * travel, territories kept, a balanced load.
 */
@PlanningSolution
public class DayPlan {

    @PlanningEntityCollectionProperty
    private List<TechnicianRoute> routes;
    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<Visit> visits;
    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For the solver's cloning. */
    public DayPlan() {
    }

    /** Also works out the travel table between all homes and sites when the technicians share one travel speed. */
    public DayPlan(List<TechnicianRoute> routes, List<Visit> visits) {
        this.routes = routes;
        this.visits = visits;
        if (routes.stream().map(TechnicianRoute::travel).distinct().count() == 1) {
            List<GeoPoint> places = new ArrayList<>();
            routes.forEach(route -> places.add(route.home()));
            visits.forEach(visit -> places.add(visit.site()));
            TravelTimes table = TravelTimes.of(routes.getFirst().travel(), places);
            for (int i = 0; i < routes.size(); i++) {
                routes.get(i).locate(table, i);
            }
            for (int i = 0; i < visits.size(); i++) {
                visits.get(i).locate(table, routes.size() + i);
            }
        }
    }

    /** Minutes driven by every technician, home to home. */
    public long totalTravelMinutes() {
        return visits.stream().mapToLong(Visit::travelMinutes).sum();
    }

    public List<TechnicianRoute> getRoutes() {
        return routes;
    }

    public void setRoutes(List<TechnicianRoute> routes) {
        this.routes = routes;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
