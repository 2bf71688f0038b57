package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each scheduling rule on a small case: a technician without the skill, a visit past its window, a day past the
 * working hours, a visit in an absence, two overlapping visits, a van without the part, an unassigned urgent job, the
 * drive home and back, another territory and an unbalanced load.
 */
class FieldConstraintsTest {

    private static final Travel TRAVEL = new Travel(60);
    private static final GeoPoint BASE = new GeoPoint(48.0, 11.0);
    /** About 11.1 km north: 12 minutes at 60 km/h. */
    private static final GeoPoint NORTH = new GeoPoint(48.1, 11.0);

    private final ConstraintVerifier<FieldConstraints, DayPlan> verifier = ConstraintVerifier.build(
            new FieldConstraints(), DayPlan.class, TechnicianRoute.class, Visit.class);

    private static TechnicianRoute technician(Set<String> skills, List<int[]> absences, Map<Long, Integer> van) {
        return new TechnicianRoute(1, "Tom", skills, BASE, 8 * 60, 17 * 60, absences, "north", van, TRAVEL);
    }

    private static Visit visit(long id, int windowStart, int windowEnd, Set<String> skills) {
        return new Visit(id, "#" + id, NORTH, 60, windowStart, windowEnd, skills, 2, "north", Map.of(), false);
    }

    /** Puts the visits on the route in this order and computes their starts as the solver's shadows would. */
    private static List<Visit> route(TechnicianRoute route, Visit... visits) {
        Visit previous = null;
        for (Visit visit : visits) {
            route.getVisits().add(visit);
            visit.setRoute(route);
            visit.setPrevious(previous);
            if (previous != null) {
                previous.setNext(visit);
            }
            visit.setStart(Math.max(visit.arrival(), visit.windowStart()));
            previous = visit;
        }
        return List.of(visits);
    }

    @Test
    void aMissingSkillIsPenalisedPerSkill() {
        Visit visit = visit(1, 480, 1020, Set.of("gas", "heating"));
        route(technician(Set.of("heating"), List.of(), Map.of()), visit);
        verifier.verifyThat(FieldConstraints::skills).given(visit).penalizesBy(1);
        Visit fitting = visit(2, 480, 1020, Set.of("heating"));
        route(technician(Set.of("heating"), List.of(), Map.of()), fitting);
        verifier.verifyThat(FieldConstraints::skills).given(fitting).penalizesBy(0);
    }

    @Test
    void aVisitEndingAfterItsWindowIsPenalisedByTheMinutesOver() {
        // Leaves at 8:00, 12 min drive, 60 min work: ends 9:12, the window closes at 9:00.
        Visit late = visit(1, 480, 540, Set.of());
        route(technician(Set.of(), List.of(), Map.of()), late);
        verifier.verifyThat(FieldConstraints::timeWindow).given(late).penalizesBy(12);
        // A window opening at 10:00: the technician waits and starts then.
        Visit waits = visit(2, 600, 720, Set.of());
        route(technician(Set.of(), List.of(), Map.of()), waits);
        verifier.verifyThat(FieldConstraints::timeWindow).given(waits).penalizesBy(0);
    }

    @Test
    void theDriveHomeMustEndWithinTheWorkingHours() {
        // Starts 16:30, ends 17:30, 12 min home: 42 min over.
        Visit evening = visit(1, 990, 1200, Set.of());
        route(technician(Set.of(), List.of(), Map.of()), evening);
        verifier.verifyThat(FieldConstraints::workingHours).given(evening).penalizesBy(42);
    }

    @Test
    void aVisitInAnAbsenceIsPenalisedByTheMinutesAbsent() {
        Visit visit = visit(1, 600, 720, Set.of());
        route(technician(Set.of(), List.<int[]>of(new int[] {630, 900}), Map.of()), visit);
        verifier.verifyThat(FieldConstraints::absence).given(visit).penalizesBy(30);
    }

    @Test
    void overlappingVisitsOfOneTechnicianArePenalised() {
        TechnicianRoute route = technician(Set.of(), List.of(), Map.of());
        Visit first = visit(1, 600, 720, Set.of());
        Visit second = visit(2, 600, 720, Set.of());
        route(route, first, second);
        second.setStart(630); // a hand-made plan: starts before the first one ends at 11:00
        verifier.verifyThat(FieldConstraints::overlap).given(first, second).penalizesBy(30);
        second.setStart(660);
        verifier.verifyThat(FieldConstraints::overlap).given(first, second).penalizesBy(0);
    }

    @Test
    void partsMustBeInTheVanUnlessReservedElsewhere() {
        TechnicianRoute route = technician(Set.of(), List.of(), Map.of(7L, 1));
        Visit one = new Visit(1, "#1", NORTH, 30, 480, 1020, Set.of(), 2, null, Map.of(7L, 1), false);
        Visit two = new Visit(2, "#2", NORTH, 30, 480, 1020, Set.of(), 2, null, Map.of(7L, 1), false);
        Visit reserved = new Visit(3, "#3", NORTH, 30, 480, 1020, Set.of(), 2, null, Map.of(7L, 5), true);
        route(route, one, two, reserved);
        verifier.verifyThat(FieldConstraints::parts).given(route, one, two, reserved).penalizesBy(1);
    }

    @Test
    void anUnassignedVisitCostsItsPriorityWeight() {
        Visit urgent = new Visit(1, "#1", NORTH, 30, 480, 1020, Set.of(), 8, null, Map.of(), false);
        verifier.verifyThat(FieldConstraints::unassigned).given(urgent).penalizesBy(8);
    }

    @Test
    void travelCountsTheDriveThereAndHome() {
        Visit visit = visit(1, 480, 1020, Set.of());
        route(technician(Set.of(), List.of(), Map.of()), visit);
        verifier.verifyThat(FieldConstraints::travel).given(visit).penalizesBy(24);
    }

    @Test
    void anotherTerritoryCostsAFixedPenalty() {
        Visit south = new Visit(1, "#1", NORTH, 30, 480, 1020, Set.of(), 2, "south", Map.of(), false);
        route(technician(Set.of(), List.of(), Map.of()), south);
        verifier.verifyThat(FieldConstraints::territory).given(south).penalizesBy(FieldConstraints.TERRITORY_PENALTY);
    }

    @Test
    void anUnevenLoadCostsMoreThanAnEvenOne() {
        // Three hours of work on one technician: 180² / 4000 = 8.
        TechnicianRoute alone = technician(Set.of(), List.of(), Map.of());
        Visit a = visit(1, 480, 1020, Set.of());
        Visit b = visit(2, 480, 1020, Set.of());
        Visit c = visit(3, 480, 1020, Set.of());
        route(alone, a, b, c);
        verifier.verifyThat(FieldConstraints::balance).given(a, b, c).penalizesBy(8);
        // The same three hours shared two and one: 120² / 4000 + 60² / 4000 = 3 + 0.
        TechnicianRoute tom = technician(Set.of(), List.of(), Map.of());
        TechnicianRoute ann = new TechnicianRoute(2, "Ann", Set.of(), BASE, 480, 1020, List.of(), null, Map.of(),
                TRAVEL);
        Visit d = visit(4, 480, 1020, Set.of());
        Visit e = visit(5, 480, 1020, Set.of());
        Visit f = visit(6, 480, 1020, Set.of());
        route(tom, d, e);
        route(ann, f);
        verifier.verifyThat(FieldConstraints::balance).given(d, e, f).penalizesBy(3);
    }
}
