package dev.rapport.bench.field;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import dev.rapport.plugin.fieldservice.schedule.solver.DayPlan;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.schedule.solver.GreedyPlanner;
import dev.rapport.plugin.fieldservice.schedule.solver.RouteSolver;
import dev.rapport.plugin.fieldservice.schedule.solver.TechnicianRoute;
import dev.rapport.plugin.fieldservice.schedule.solver.Travel;
import dev.rapport.plugin.fieldservice.schedule.solver.Visit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The field service plugin's day planning at the issue's size: one day of 300 work orders for 30 technicians
 * (seeded, around Munich, 40 km across, 20 to 30 minutes each so that the day can hold them all, five skills, morning,
 * afternoon and all-day windows, some parts from the vans; no territories on the jobs, because the greedy plan ignores
 * them and the solver would otherwise trade travel for keeping technicians in theirs), planned by the plugin's
 * solver within the time limit and, in the same run, by the greedy plan a dispatcher would make (nearest-first, then
 * the jobs left over put where they add the least travel: the baseline). Prints for both the time, the hard score,
 * the visits placed, the travel and the other soft penalties, and the solver's processor time.
 * Usage: {@code java dev.rapport.bench.field.FieldPlanningBenchmark [orders] [technicians] [seconds] [seed]}.
 */
public final class FieldPlanningBenchmark {

    private static final GeoPoint CENTRE = new GeoPoint(48.137, 11.575);
    private static final String[] SKILLS = {"heating", "gas", "plumbing", "electrical", "cooling"};

    private FieldPlanningBenchmark() {
    }

    public static void main(String[] args) {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int technicians = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;

        DayPlan baseline = generate(orders, technicians, seed);
        long greedyStart = System.nanoTime();
        GreedyPlanner.plan(baseline);
        long greedyMillis = (System.nanoTime() - greedyStart) / 1_000_000;
        RouteSolver solver = new RouteSolver(Duration.ofSeconds(seconds));
        HardMediumSoftLongScore greedyScore = solver.score(baseline);

        DayPlan problem = generate(orders, technicians, seed);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long solveCpu = threads.getCurrentThreadCpuTime();
        long solveStart = System.nanoTime();
        DayPlan solved = solver.solve(problem, () -> false, score -> { });
        long solveMillis = (System.nanoTime() - solveStart) / 1_000_000;
        long solveCpuMillis = (threads.getCurrentThreadCpuTime() - solveCpu) / 1_000_000;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        System.out.printf("Field planning: %d work orders, %d technicians, seed %d, time limit %d s%n", orders,
                technicians, seed, seconds);
        report("greedy", baseline, greedyScore, greedyMillis);
        report("Timefold solver", solved, solved.getScore(), solveMillis);
        System.out.printf("Soft penalties: greedy %s, solver %s%n", solver.softPenalties(baseline),
                solver.softPenalties(solved));
        System.out.printf("Solver thread: %,d ms of processor time in %,d ms; load average %.1f before, %.1f after"
                + " (the solver's log line gives its move evaluation speed per second of wall time)%n",
                solveCpuMillis, solveMillis, loadBefore, loadAfter);
        double perVisitGreedy = perVisit(baseline);
        double perVisitSolver = perVisit(solved);
        System.out.printf("Travel: solver %d min vs greedy %d min (%.1f %% shorter); per placed visit %.1f vs %.1f min"
                        + " (%.1f %% shorter)%n", solved.totalTravelMinutes(), baseline.totalTravelMinutes(),
                100.0 * (baseline.totalTravelMinutes() - solved.totalTravelMinutes()) / baseline.totalTravelMinutes(),
                perVisitSolver, perVisitGreedy, 100.0 * (perVisitGreedy - perVisitSolver) / perVisitGreedy);
        System.exit(0);
    }

    private static void report(String name, DayPlan plan, HardMediumSoftLongScore score, long millis) {
        long placed = plan.getVisits().stream().filter(visit -> visit.getRoute() != null).count();
        System.out.printf("%-22s %,7d ms  score %-28s placed %d/%d  travel %,d min%n", name, millis, score, placed,
                plan.getVisits().size(), plan.totalTravelMinutes());
    }

    private static double perVisit(DayPlan plan) {
        long placed = plan.getVisits().stream().filter(visit -> visit.getRoute() != null).count();
        return placed == 0 ? 0 : (double) plan.totalTravelMinutes() / placed;
    }

    static DayPlan generate(int orders, int technicians, long seed) {
        Random random = new Random(seed);
        Travel travel = new Travel(40);
        List<TechnicianRoute> routes = new ArrayList<>();
        for (int i = 0; i < technicians; i++) {
            GeoPoint home = near(random);
            Set<String> skills = Set.of(SKILLS[i % 5], SKILLS[(i + 1) % 5], SKILLS[(i + 3) % 5]);
            routes.add(new TechnicianRoute(i + 1, "Technician " + (i + 1), skills, home, 8 * 60, 17 * 60,
                    i % 10 == 0 ? List.<int[]>of(new int[] {12 * 60, 13 * 60}) : List.of(), territory(home),
                    Map.of(1L, 3, 2L, 2), travel));
        }
        List<Visit> visits = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            GeoPoint site = near(random);
            int kind = random.nextInt(10);
            int windowStart = kind < 3 ? 8 * 60 : kind < 6 ? 12 * 60 : 8 * 60;
            int windowEnd = kind < 3 ? 12 * 60 : 17 * 60;
            int priority = random.nextInt(10) == 0 ? 4 : 2;
            Map<Long, Integer> parts = random.nextInt(8) == 0 ? Map.of(1L + random.nextInt(2), 1) : Map.of();
            visits.add(new Visit(i + 1, "#" + (i + 1), site, 20 + 5 * random.nextInt(3), windowStart, windowEnd,
                    Set.of(SKILLS[random.nextInt(5)]), priority, null, parts, false));
        }
        return new DayPlan(routes, visits);
    }

    private static GeoPoint near(Random random) {
        return new GeoPoint(CENTRE.lat() + (random.nextDouble() - 0.5) * 0.36, CENTRE.lon() + (random.nextDouble() - 0.5) * 0.54);
    }

    private static String territory(GeoPoint point) {
        return (point.lat() >= CENTRE.lat() ? "north" : "south") + "-" + (point.lon() >= CENTRE.lon() ? "east" : "west");
    }
}
