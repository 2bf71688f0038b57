package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
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

    public DayPlan(List<TechnicianRoute> routes, List<Visit> visits) {
        this.routes = routes;
        this.visits = visits;
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
