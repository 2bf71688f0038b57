package dev.rapport.plugin.fieldservice.schedule.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Timefold Solver set up for {@link DayPlan}s, built in code (no XML, so no JAXB in the plugin) with the plugin's
 * class loader, so the solver finds the domain classes inside the PF4J plugin. Thread-safe: every solve gets a solver
 * of its own.
 */
public final class RouteSolver {

    private final SolverFactory<DayPlan> factory;
    private final SolutionManager<DayPlan, HardMediumSoftLongScore> analysis;

    public RouteSolver(Duration timeLimit) {
        SolverConfig config = new SolverConfig()
                .withClassLoader(RouteSolver.class.getClassLoader())
                .withSolutionClass(DayPlan.class)
                .withEntityClasses(TechnicianRoute.class, Visit.class)
                .withConstraintProviderClass(FieldConstraints.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(Duration.ofSeconds(Math.max(2, timeLimit.toSeconds() / 5))));
        this.factory = SolverFactory.create(config);
        this.analysis = SolutionManager.create(factory);
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
            return solver.solve(problem);
        } finally {
            watch.interrupt();
        }
    }

    /** Scores {@code plan} as it stands and updates its visits' start times. */
    public HardMediumSoftLongScore score(DayPlan plan) {
        return analysis.update(plan);
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
