package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

/**
 * The rules of a field day. Each constraint's name is also its message key ({@code fieldservice.constraint.<name>})
 * in explanations and in a refused manual move.
 */
public final class FieldConstraints implements ConstraintProvider {

    public static final String SKILLS = "skills";
    public static final String TIME_WINDOW = "timeWindow";
    public static final String WORKING_HOURS = "workingHours";
    public static final String ABSENCE = "absence";
    public static final String OVERLAP = "overlap";
    public static final String PARTS = "parts";
    public static final String UNASSIGNED = "unassigned";
    public static final String TRAVEL = "travel";
    public static final String PRIORITY = "priority";
    public static final String TERRITORY = "territory";
    public static final String BALANCE = "balance";
    /** The soft cost of a visit outside its technician's territory, in travel-minute equivalents. */
    static final int TERRITORY_PENALTY = 20;
    /** Squared minutes of work per soft point in {@link #balance}. */
    static final long BALANCE_DIVISOR = 4000;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {skills(factory), timeWindow(factory), workingHours(factory), absence(factory),
                overlap(factory), parts(factory), unassigned(factory), travel(factory), priority(factory),
                territory(factory), balance(factory)};
    }

    Constraint skills(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.missingSkills() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::missingSkills).asConstraint(SKILLS);
    }

    Constraint timeWindow(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.minutesOutsideWindow() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::minutesOutsideWindow).asConstraint(TIME_WINDOW);
    }

    Constraint workingHours(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.overtime() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::overtime).asConstraint(WORKING_HOURS);
    }

    Constraint absence(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.absentMinutes() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::absentMinutes).asConstraint(ABSENCE);
    }

    /**
     * A route cannot overlap by construction (each start follows the previous visit's end); this guards the pinned
     * and hand-made plans the solver is given. A route is in time order, so the visit just before is the one a start
     * can run into: comparing with it alone keeps the rule linear instead of pairing every two visits.
     */
    Constraint overlap(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.overlapWithPrevious() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::overlapWithPrevious).asConstraint(OVERLAP);
    }

    /** Per technician and part: what the route's visits need from the van beyond what the van holds. */
    Constraint parts(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.getRoute() != null && !visit.isPartsReserved() && !visit.getParts().isEmpty())
                .flattenLast(Visit::partsFromVan)
                .groupBy(PartNeed::route, PartNeed::partId, ConstraintCollectors.sum(PartNeed::quantity))
                .filter((route, partId, needed) -> needed > route.vanStock().getOrDefault(partId, 0))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (route, partId, needed) -> needed - route.vanStock().getOrDefault(partId, 0))
                .asConstraint(PARTS);
    }

    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class).filter(visit -> visit.getRoute() == null)
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, Visit::priorityWeight).asConstraint(UNASSIGNED);
    }

    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.getRoute() != null)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, Visit::travelMinutes).asConstraint(TRAVEL);
    }

    /** Urgent and high-priority work early in its window: a tenth of a minute's travel for each minute of waiting. */
    Constraint priority(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.isAssigned() && visit.priorityWeight() >= 4)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        visit -> (long) (visit.getStart() - visit.windowStart()) * visit.priorityWeight() / 40)
                .asConstraint(PRIORITY);
    }

    Constraint territory(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(Visit::outsideTerritory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, visit -> TERRITORY_PENALTY).asConstraint(TERRITORY);
    }

    /**
     * An even spread of the work: each technician's minutes of work squared, divided so that moving a 25-minute job
     * from a technician with 300 minutes to one with 200 is worth about a minute of travel. Squares grow faster than
     * the load, so the busiest technicians cost the most; unlike a spread around the mean, the sum updates per
     * technician when a visit moves.
     */
    Constraint balance(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.getRoute() != null)
                .groupBy(Visit::getRoute, ConstraintCollectors.sum(Visit::duration))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        (route, minutes) -> (long) minutes * minutes / BALANCE_DIVISOR)
                .asConstraint(BALANCE);
    }
}
