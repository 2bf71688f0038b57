package dev.rapport.plugin.fieldservice.schedule.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The baseline plan: nearest-first, then the jobs it left over put into a gap, never breaking a hard rule; and the
 * day's travel table giving the same minutes as the formula.
 */
class GreedyPlannerTest {

    private static final Travel TRAVEL = new Travel(60);
    private static final GeoPoint BASE = new GeoPoint(48.0, 11.0);
    /** About 11 km north of the base: 12 minutes. */
    private static final GeoPoint NORTH = new GeoPoint(48.1, 11.0);
    /** About 37 km east of the base: 38 minutes, and 39 from the northern site. */
    private static final GeoPoint EAST = new GeoPoint(48.0, 11.5);

    private static TechnicianRoute tom() {
        return new TechnicianRoute(1, "Tom", Set.of(), BASE, 480, 1020, List.of(), null, Map.of(), TRAVEL);
    }

    @Test
    void aJobNearestFirstCannotReachInTimeIsPutIntoAGap() {
        TechnicianRoute tom = tom();
        Visit near = new Visit(1, "#1", NORTH, 60, 480, 1020, Set.of(), 2, null, Map.of(), false);
        // Nearest-first drives north first and would reach this one at 9:51, too late to finish by 10:00.
        Visit earlyFar = new Visit(2, "#2", EAST, 30, 480, 600, Set.of(), 2, null, Map.of(), false);
        DayPlan plan = new DayPlan(List.of(tom), List.of(near, earlyFar));

        GreedyPlanner.plan(plan);

        assertThat(tom.getVisits()).containsExactly(earlyFar, near);
        assertThat(earlyFar.getStart()).isEqualTo(480 + 38);
        assertThat(new RouteSolver(Duration.ofSeconds(1)).brokenHardConstraints(plan)).isEmpty();
    }

    @Test
    void aJobNobodyCanDoInTimeStaysUnassigned() {
        TechnicianRoute tom = tom();
        Visit tooEarly = new Visit(1, "#1", EAST, 30, 480, 520, Set.of(), 2, null, Map.of(), false);
        DayPlan plan = new DayPlan(List.of(tom), List.of(tooEarly));

        GreedyPlanner.plan(plan);

        assertThat(tom.getVisits()).isEmpty();
        assertThat(tooEarly.getRoute()).isNull();
    }

    @Test
    void theTravelTableGivesTheFormulasMinutes() {
        TechnicianRoute tom = tom();
        Visit north = new Visit(1, "#1", NORTH, 30, 480, 1020, Set.of(), 2, null, Map.of(), false);
        Visit east = new Visit(2, "#2", EAST, 30, 480, 1020, Set.of(), 2, null, Map.of(), false);
        DayPlan plan = new DayPlan(List.of(tom), List.of(north, east));

        GreedyPlanner.plan(plan);

        assertThat(north.minutesFromPrevious()).isEqualTo(TRAVEL.minutes(BASE, NORTH));
        assertThat(east.minutesFromPrevious()).isEqualTo(TRAVEL.minutes(NORTH, EAST));
        assertThat(plan.totalTravelMinutes()).isEqualTo(
                TRAVEL.minutes(BASE, NORTH) + TRAVEL.minutes(NORTH, EAST) + TRAVEL.minutes(EAST, BASE));
    }
}
