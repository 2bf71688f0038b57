package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

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

    /** A route cannot overlap by construction; this guards the pinned and hand-made plans the solver is given. */
    Constraint overlap(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(Visit::isAssigned)
                .join(Visit.class, Joiners.equal(Visit::getRoute), Joiners.lessThan(Visit::getId))
                .filter((first, second) -> first.overlapMinutes(second) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, Visit::overlapMinutes).asConstraint(OVERLAP);
    }

    Constraint parts(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.getRoute() != null && !visit.isPartsReserved() && !visit.getParts().isEmpty())
                .groupBy(Visit::getRoute, ConstraintCollectors.toList())
                .filter((route, visits) -> route.partsShortage(visits) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, TechnicianRoute::partsShortage).asConstraint(PARTS);
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

    /** A tenth of a minute of travel per unit of unfairness (the spread of the technicians' minutes of work). */
    Constraint balance(ConstraintFactory factory) {
        return factory.forEach(Visit.class).filter(visit -> visit.getRoute() != null)
                .groupBy(ConstraintCollectors.loadBalance(Visit::getRoute, visit -> visit.duration()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, balance -> balance.unfairness().longValue() / 10)
                .asConstraint(BALANCE);
    }
}
