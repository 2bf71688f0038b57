package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Timefold Solver set up for {@link DayPlan}s, built in code (no XML, so no JAXB in the plugin) with the plugin's
 * class loader, so the solver finds the domain classes inside the PF4J plugin. Thread-safe: every solve gets a solver
 * of its own.
 */
public final class RouteSolver {

    /** Steps back late acceptance compares with: long enough to leave a local optimum, short enough to converge. */
    private static final int LATE_ACCEPTANCE_SIZE = 400;

    private final SolverFactory<DayPlan> factory;
    private final SolutionManager<DayPlan, HardMediumSoftLongScore> analysis;

    public RouteSolver(Duration timeLimit) {
        SolverConfig config = new SolverConfig()
                .withClassLoader(RouteSolver.class.getClassLoader())
                .withSolutionClass(DayPlan.class)
                .withEntityClasses(TechnicianRoute.class, Visit.class)
                .withConstraintProviderClass(FieldConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                // The construction heuristic puts each visit where it costs least (cheapest insertion): a far better
                // start than a nearest-first plan, whose routes local search hardly untangles (measured in the bench).
                .withPhases(new ConstructionHeuristicPhaseConfig(), localSearch())
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(Duration.ofSeconds(Math.max(2, timeLimit.toSeconds() / 3))));
        this.factory = SolverFactory.create(config);
        this.analysis = SolutionManager.create(factory);
    }

    /**
     * The moves of a vehicle-routing search: move one visit, swap two, move a run of visits (reversed too), and 2-opt
     * (reverse a stretch of a route, which undoes a crossing). Late acceptance takes a worse plan while it beats the
     * plan of a few hundred steps ago, so the search climbs out of local optima; it stays reproducible.
     */
    private static LocalSearchPhaseConfig localSearch() {
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                        new ListChangeMoveSelectorConfig(),
                        new ListSwapMoveSelectorConfig(),
                        new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true),
                        new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2)))
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }

    /**
     * Solves {@code problem} until the time limit, an unimproved stretch, or {@code cancelled} says stop.
     *
     * @param onBetter called on the solver's thread with each better plan's score
     * @return the best plan found
     */
    public DayPlan solve(DayPlan problem, BooleanSupplier cancelled, Consumer<HardMediumSoftLongScore> onBetter) {
        Solver<DayPlan> solver = factory.buildSolver();
        solver.addEventListener(event -> {
            onBetter.accept((HardMediumSoftLongScore) event.getNewBestScore());
            if (cancelled.getAsBoolean()) {
                solver.terminateEarly();
            }
        });
        Thread watch = Thread.ofVirtual().name("fsd-solver-watch").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (cancelled.getAsBoolean()) {
                    solver.terminateEarly();
                    return;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            DayPlan best = solver.solve(problem);
            return feasible(best);
        } finally {
            watch.interrupt();
        }
    }

    /**
     * Takes visits that break a hard rule out of their routes, the latest of a route first, until none does: a plan
     * cut short (time limit, cancel) before the solver repaired it is never saved with a double booking, a missing
     * skill or a broken window; those visits go back to the unassigned list with their reason.
     */
    DayPlan feasible(DayPlan plan) {
        HardMediumSoftLongScore score = analysis.update(plan);
        while (score.hardScore() < 0) {
            Visit worst = null;
            for (Visit visit : plan.getVisits()) {
                if (visit.getRoute() != null && breaksHardRule(visit)) {
                    worst = visit;
                }
            }
            if (worst == null) {
                worst = plan.getVisits().stream().filter(visit -> visit.getRoute() != null && !visit.getParts().isEmpty()
                        && !visit.isPartsReserved()).reduce((first, second) -> second).orElse(null);
            }
            if (worst == null) {
                break;
            }
            TechnicianRoute route = worst.getRoute();
            int index = route.getVisits().indexOf(worst);
            if (index < route.pinnedCount()) {
                route.setPinnedCount(route.pinnedCount() - 1);
            }
            route.getVisits().remove(worst);
            worst.setRoute(null);
            worst.setPrevious(null);
            worst.setNext(null);
            worst.setStart(null);
            score = analysis.update(plan);
        }
        return plan;
    }

    private static boolean breaksHardRule(Visit visit) {
        return visit.missingSkills() > 0 || visit.minutesOutsideWindow() > 0 || visit.overtime() > 0
                || visit.absentMinutes() > 0;
    }

    /** Scores {@code plan} as it stands and updates its visits' start times. */
    public HardMediumSoftLongScore score(DayPlan plan) {
        return analysis.update(plan);
    }

    /** The soft penalty of each soft rule for {@code plan}, by name ({@link FieldConstraints}), in plan order. */
    public Map<String, Long> softPenalties(DayPlan plan) {
        Map<String, Long> penalties = new LinkedHashMap<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.analyze(plan).constraintAnalyses()) {
            if (constraint.score().softScore() != 0) {
                penalties.put(constraint.constraintName(), -constraint.score().softScore());
            }
        }
        return penalties;
    }

    /** The hard constraints {@code plan} breaks, by name ({@link FieldConstraints}). */
    public Set<String> brokenHardConstraints(DayPlan plan) {
        ScoreAnalysis<HardMediumSoftLongScore> result = analysis.analyze(plan);
        Set<String> broken = new LinkedHashSet<>();
        for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : result.constraintAnalyses()) {
            if (constraint.score().hardScore() < 0) {
                broken.add(constraint.constraintName());
            }
        }
        return broken;
    }
}
