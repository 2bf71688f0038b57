package dev.rapport.bench;

import com.vaadin.flow.dom.Element;
import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.schedule.PlanDayJob;
import dev.rapport.plugin.fieldservice.schedule.ScheduleService;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.technician.Technician;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.plugin.fieldservice.ui.board.DispatchBoardView;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderDraft;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The field service plugin's dispatch board at the issue's size: today with 300 work orders and 30 technicians
 * (seeded, around Munich, as {@code FieldPlanningBenchmark} makes them), planned by the plugin's solver, then the
 * board's server side timed as the page builds it: {@link DispatchBoardView}'s constructor loads the day
 * ({@link ScheduleService#load}: technicians, absences, van stock, the day's orders and their parts) and builds a row
 * per technician with a block per job and travel, and a card per unassigned job. No browser: the component tree is
 * built without a UI attached (texts untranslated), which is the server time of a page load before Vaadin sends it.
 * Measured against the raw JDBC reads of the same day (orders and technicians) in the same run, alternating call by
 * call after a warm-up; the day's load alone is measured too, and the board thread's processor time per build (what
 * the wall-clock time is without waiting for a core on a loaded machine). Target: the board in at most 500 ms of
 * server time.
 * <p>Usage (from the repository's root, after {@code ./mvnw -pl bench -am package -DskipTests}; the plugin's classes
 * on the class path and its jar not): {@code java -Xmx1g -cp "plugins/field-service/target/classes:
 * bench/target/rapport-bench.jar:$(ls bench/target/lib/*.jar | grep -v rapport-plugin-field-service | tr '\n' ':')"
 * dev.rapport.bench.FieldBoardBench [orders] [technicians] [solver seconds] [iterations] [seed]}
 */
public final class FieldBoardBench {

    private static final String PLUGIN = "field-service";
    private static final GeoPoint CENTRE = new GeoPoint(48.137, 11.575);
    private static final String[] SKILLS = {"heating", "gas", "plumbing", "electrical", "cooling"};
    private static final String PASSWORD = "bench-field-board-1";
    private static final String RAW_ORDERS = "select id, technician_id, route_order, title, site_lat, site_lon,"
            + " duration_min, window_start, window_end, skills, status, planned_start, travel_min from fsd_work_order"
            + " where planned_day = ? union all select id, technician_id, route_order, title, site_lat, site_lon,"
            + " duration_min, window_start, window_end, skills, status, planned_start, travel_min from fsd_work_order"
            + " where status = 'UNSCHEDULED' and window_start < ? and window_end > ?"
            + " and (planned_day is null or planned_day <> ?)";
    private static final String RAW_TECHNICIANS = "select user_id, skills, home_lat, home_lon, work_start, work_end"
            + " from fsd_technician";

    private FieldBoardBench() {
    }

    public static void main(String[] args) throws Exception {
        int orders = BenchOptions.positional(args, 0, 300);
        int technicians = BenchOptions.positional(args, 1, 30);
        int solverSeconds = BenchOptions.positional(args, 2, 20);
        int iterations = BenchOptions.positional(args, 3, 50);
        long seed = BenchOptions.positional(args, 4, 42);
        Path home = Path.of("bench", "data", "field-board").toAbsolutePath();
        deleteTree(home);
        try (RapportPlatform platform = PluginBenchPlatform.start(home, PLUGIN, Map.of())) {
            PluginHost host = platform.services().require(PluginHost.class);
            PluginContext context = host.contextOf(PLUGIN).orElseThrow();
            JobScheduler jobs = platform.services().require(JobScheduler.class);
            jobs.setPaused(PLUGIN, PlanDayJob.ID, true);
            jobs.setPaused(PLUGIN, "maintenance-orders", true);
            context.settings().put(FieldSettings.TIME_LIMIT_SECONDS, Integer.toString(solverSeconds));
            FieldSettings settings = plugin(host, FieldSettings.class);
            ScheduleService schedule = plugin(host, ScheduleService.class);
            WorkOrderService workOrders = plugin(host, WorkOrderService.class);
            LocalDate day = LocalDate.ofInstant(context.clock().instant(), settings.zone());
            Random random = new Random(seed);
            long started = System.nanoTime();
            technicians(platform, host, random, technicians);
            workOrdersOfDay(platform, host, workOrders, random, orders, day.atStartOfDay(settings.zone()));
            System.out.printf("Made %d technicians and %d work orders for %s in %,d ms%n", technicians, orders, day,
                    (System.nanoTime() - started) / 1_000_000);
            started = System.nanoTime();
            ScheduleService.PlanSummary plan = host.callAsPlugin(PLUGIN, () -> schedule.plan(day, () -> false,
                    score -> { }));
            System.out.printf("Planned in %,d ms: %d assigned, %d unassigned, %d min travel, score %s%n",
                    (System.nanoTime() - started) / 1_000_000, plan.assigned(), plan.unassigned(),
                    plan.travelMinutes(), plan.score());
            Machine machine = Machine.current();
            System.out.printf("Field board bench on %d cores (load %s), %s%n", machine.cores(), Machine.loadAverage(),
                    machine.jdk());
            measure(host, context, schedule, workOrders, settings, platform.services().require(Database.class)
                    .dataSource(), day, iterations);
            System.out.printf("Load average at the end: %s%n", Machine.loadAverage());
        }
        System.exit(0);
    }

    private static void measure(PluginHost host, PluginContext context, ScheduleService schedule,
                                WorkOrderService workOrders, FieldSettings settings, DataSource dataSource,
                                LocalDate day, int iterations) {
        ZonedDateTime midnight = day.atStartOfDay(settings.zone());
        Operation board = new Operation("Dispatch board of the day: load and component tree",
                new LatencyResult.Target(500, Double.NaN),
                i -> host.callAsPlugin(PLUGIN, () -> jobsShown(new DispatchBoardView(context, schedule, workOrders,
                        settings).getElement())),
                i -> rawDay(dataSource, day, midnight));
        Operation load = new Operation("The day's load alone (ScheduleService.load)",
                new LatencyResult.Target(500, Double.NaN),
                i -> host.callAsPlugin(PLUGIN, () -> (long) schedule.load(day).plan().getVisits().size()),
                i -> rawDay(dataSource, day, midnight));
        new LatencyRunner(Math.max(5, iterations / 5), iterations).measureAll(List.of(board, load), result ->
                System.out.printf("  %-52s service p50 %7.1f ms p95 %7.1f ms | raw JDBC p50 %6.1f ms p95 %6.1f ms"
                                + " | target p95 ≤ 500 ms: %s%n", result.operation(), result.service().p50(),
                        result.service().p95(), result.raw().p50(), result.raw().p95(),
                        result.meetsTarget() ? "met" : "NOT met"));
        processorTime(() -> host.callAsPlugin(PLUGIN, () -> new DispatchBoardView(context, schedule, workOrders,
                settings)), iterations);
    }

    /**
     * The processor time of the board's thread per build (the database's own work is not in it): on a loaded machine
     * the wall-clock figures above include the time the thread waited for a core, this does not.
     */
    private static void processorTime(Runnable build, int iterations) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long before = threads.getCurrentThreadCpuTime();
            build.run();
            nanos[i] = threads.getCurrentThreadCpuTime() - before;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-52s processor time p50 %7.1f ms p95 %7.1f ms%n", "Dispatch board of the day (its thread)",
                nanos[iterations / 2] / 1e6, nanos[(int) Math.ceil(iterations * 0.95) - 1] / 1e6);
    }

    /** The job blocks and unassigned cards on the board: one per work order of the day. */
    private static long jobsShown(Element root) {
        return descendants(root).map(element -> element.getAttribute("id"))
                .filter(id -> id != null && (id.startsWith("job-") || id.startsWith("unassigned-"))).count();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(FieldBoardBench::descendants));
    }

    /** The day's orders and the technicians as raw JDBC reads them: the least any board must read. */
    private static long rawDay(DataSource dataSource, LocalDate day, ZonedDateTime midnight) throws Exception {
        long rows = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement orders = connection.prepareStatement(RAW_ORDERS);
             PreparedStatement technicians = connection.prepareStatement(RAW_TECHNICIANS)) {
            RawJdbc.bind(orders, Date.valueOf(day), utc(midnight.plusDays(1)), utc(midnight), Date.valueOf(day));
            try (ResultSet result = orders.executeQuery()) {
                while (result.next()) {
                    result.getString(4);
                    rows++;
                }
            }
            try (ResultSet result = technicians.executeQuery()) {
                while (result.next()) {
                    result.getString(2);
                }
            }
        }
        return rows;
    }

    /** The plugin stores instants as UTC wall-clock times. */
    private static Timestamp utc(ZonedDateTime time) {
        return Timestamp.valueOf(time.withZoneSameInstant(ZoneId.of("UTC")).toLocalDateTime());
    }

    private static void technicians(RapportPlatform platform, PluginHost host, Random random, int count) {
        long field = platform.services().require(DepartmentDirectory.class).findByCode("field").orElseThrow().id();
        UserAdministration users = platform.services().require(UserAdministration.class);
        TechnicianService service = plugin(host, TechnicianService.class);
        for (int i = 0; i < count; i++) {
            long userId = users.create(new UserAdministration.UserDraft("bench-tech-" + (i + 1), "Technician " + (i + 1),
                    null, Role.AGENT, Set.of(field), true), PASSWORD, false, Actor.SYSTEM).id();
            Set<String> skills = Set.of(SKILLS[i % 5], SKILLS[(i + 1) % 5], SKILLS[(i + 3) % 5]);
            Technician technician = new Technician(userId, "Technician " + (i + 1), skills, "Home " + (i + 1),
                    near(random), LocalTime.of(8, 0), LocalTime.of(17, 0), null, 0);
            host.callAsPlugin(PLUGIN, () -> {
                service.save(technician);
                return null;
            });
        }
    }

    /** Morning, afternoon and all-day windows, 20 to 30 minutes, one skill, one in ten urgent, 50 customers. */
    private static void workOrdersOfDay(RapportPlatform platform, PluginHost host, WorkOrderService service,
                                        Random random, int count, ZonedDateTime midnight) {
        CustomerService customers = platform.services().require(CustomerService.class);
        List<Long> customerIds = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            customerIds.add(customers.create(new CustomerDraft(CustomerKind.PERSON, "Field", "Customer " + (i + 1),
                    null, LifecycleStage.CUSTOMER, null, "en", "EUR", "UTC", false, List.of(), List.of(), List.of(),
                    Set.of(), null), Actor.SYSTEM).id());
        }
        for (int i = 0; i < count; i++) {
            GeoPoint site = near(random);
            int kind = random.nextInt(10);
            int from = kind < 3 ? 8 : kind < 6 ? 12 : 8;
            int to = kind < 3 ? 12 : 17;
            WorkOrderDraft draft = new WorkOrderDraft(customerIds.get(i % customerIds.size()), "Visit " + (i + 1), null,
                    "Street " + (i + 1) + ", München", site.lat(), site.lon(), null, null,
                    Set.of(SKILLS[random.nextInt(5)]), 20 + 5 * random.nextInt(3), midnight.plusHours(from).toInstant(),
                    midnight.plusHours(to).toInstant(), random.nextInt(10) == 0 ? Priority.URGENT : Priority.NORMAL,
                    Map.of(), Origin.MANUAL, null);
            host.callAsPlugin(PLUGIN, () -> service.create(draft));
        }
    }

    private static GeoPoint near(Random random) {
        return new GeoPoint(CENTRE.lat() + (random.nextDouble() - 0.5) * 0.36,
                CENTRE.lon() + (random.nextDouble() - 0.5) * 0.54);
    }

    private static <T> T plugin(PluginHost host, Class<T> type) {
        return host.constructorArgument(PLUGIN, type).orElseThrow(() -> new IllegalStateException(
                "The field service plugin offers no " + type.getSimpleName()));
    }

    private static void deleteTree(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
