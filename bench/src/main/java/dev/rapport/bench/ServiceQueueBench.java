package dev.rapport.bench;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.scan.SlaScan;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The customer service plugin's queue page and SLA scan at the issue's size (by default 1,000,000 customers with
 * 2,000,000 requests, 100,000 of them open), through the plugin's own services in a running kernel (the plugin
 * loaded from its build output, {@code plugins/service/target/classes}, as the test kit loads it), each against a raw
 * JDBC baseline in the same run:
 * <ul>
 *   <li>a queue page of 50 sorted by SLA due time ({@link RequestService#page}), first pages and pages after the
 *       1,000th request of a queue, queue by queue, against the same keyset query by hand, alternating call by call
 *       after a warm-up ({@link LatencyRunner});</li>
 *   <li>an SLA scan pass ({@link SlaScan#run}) over {@code due} requests whose warning fell due (each gets its warning
 *       task, history entry and new scan time, a batch of 500 per transaction), against raw JDBC reading the same
 *       keyset batches, locking each batch and writing its scan times in one JDBC batch per transaction, on another
 *       {@code due} requests (the same ones again when all open requests are due); and the next pass, which finds
 *       nothing due among the open requests (what most minutes' passes are).</li>
 * </ul>
 * The generated database is kept under {@code bench/data/service-<customers>-<requests>} and reused.
 * <p>Usage: {@code java -cp 'plugins/service/target/classes:bench/target/rapport-bench.jar:bench/target/lib/*'
 * dev.rapport.bench.ServiceQueueBench [customers] [requests] [open] [due] [iterations]}
 */
public final class ServiceQueueBench {

    private static final int PAGE = 50;
    private static final String PAGE_SQL = "select id from svc_request where queue_id = ? and status in ('NEW', "
            + "'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'WAITING_ON_THIRD_PARTY', 'REOPENED') and (? is null or "
            + "due_order > ? or (due_order = ? and id > ?)) order by due_order, id limit " + PAGE;

    private ServiceQueueBench() {
    }

    public static void main(String[] args) throws Exception {
        int customers = BenchOptions.positional(args, 0, 1_000_000);
        int requests = BenchOptions.positional(args, 1, 2_000_000);
        int open = BenchOptions.positional(args, 2, 100_000);
        int due = BenchOptions.positional(args, 3, 2_000);
        int iterations = BenchOptions.positional(args, 4, 1_000);
        Path home = Path.of("bench", "data", "service-" + customers + "-" + requests).toAbsolutePath();
        try (RapportPlatform platform = PluginBenchPlatform.start(home, "service",
                Map.of("db.embedded.buffer.pool.mb", "512"))) {
            PluginHost host = platform.services().require(PluginHost.class);
            DataSource dataSource = platform.services().require(Database.class).dataSource();
            Instant now = Instant.now();
            if (!ServiceBenchData.present(dataSource, customers, requests)) {
                long started = System.nanoTime();
                ServiceBenchData.generate(dataSource, customers, requests, open, now);
                System.out.printf("Generated %s customers and %s requests (%s open) in %d s%n", Format.count(customers),
                        Format.count(requests), Format.count(open), (System.nanoTime() - started) / 1_000_000_000L);
            }
            RequestService service = host.constructorArgument("service", RequestService.class).orElseThrow();
            SlaScan scan = host.constructorArgument("service", SlaScan.class).orElseThrow();
            Machine machine = Machine.current();
            System.out.printf("Service bench on %d cores (load %s), %s; %s customers, %s requests, %s open%n",
                    machine.cores(), Machine.loadAverage(), machine.jdk(), Format.count(customers),
                    Format.count(requests), Format.count(open));
            queuePages(host, service, dataSource, open, iterations);
            scan(host, scan, dataSource, open, due);
        }
        System.exit(0);
    }

    private static void queuePages(PluginHost host, RequestService service, DataSource dataSource, int open,
                                   int iterations) throws Exception {
        List<Long> queues = queueIds(dataSource);
        int deep = Math.min(1000, open / ServiceBenchData.QUEUES - PAGE);
        List<ServiceRequest> deepAfter = new ArrayList<>();
        for (long queue : queues) {
            ServiceRequest after = null;
            for (int read = 0; read < deep; read += PAGE) {
                after = service.page(queue, RequestStatus.OPEN, after, PAGE).getLast();
            }
            deepAfter.add(after);
        }
        Operation first = new Operation("Queue page by SLA due: first page of 50",
                new LatencyResult.Target(10, Double.NaN),
                i -> ids(host.callAsPlugin("service", () -> service.page(queues.get(i % queues.size()),
                        RequestStatus.OPEN, null, PAGE))),
                i -> rawPage(dataSource, queues.get(i % queues.size()), null));
        Operation later = new Operation("Queue page by SLA due: page after the " + Format.count(deep) + "th",
                new LatencyResult.Target(10, Double.NaN),
                i -> ids(host.callAsPlugin("service", () -> service.page(queues.get(i % queues.size()),
                        RequestStatus.OPEN, deepAfter.get(i % queues.size()), PAGE))),
                i -> rawPage(dataSource, queues.get(i % queues.size()), deepAfter.get(i % queues.size())));
        new LatencyRunner(Math.max(20, iterations / 5), iterations).measureAll(List.of(first, later), result ->
                System.out.printf("  %-52s service p50 %6.2f ms p95 %6.2f ms p99 %6.2f ms | raw JDBC p95 %6.2f ms"
                                + " (ratio %.2f) | target p95 ≤ 10 ms: %s%n", result.operation(), result.service().p50(),
                        result.service().p95(), result.service().p99(), result.raw().p95(), result.ratio(),
                        result.meetsTarget() ? "met" : "NOT met"));
    }

    private static void scan(PluginHost host, SlaScan scan, DataSource dataSource, int open, int due) throws Exception {
        Instant now = Instant.now();
        ServiceBenchData.dueForWarning(dataSource, 0, due, now);
        long started = System.nanoTime();
        SlaScan.Result result = host.callAsPlugin("service", () -> scan.run(() -> false, checked -> { }));
        long serviceNanos = System.nanoTime() - started;
        started = System.nanoTime();
        SlaScan.Result idle = host.callAsPlugin("service", () -> scan.run(() -> false, checked -> { }));
        long idleNanos = System.nanoTime() - started;
        System.out.printf("  SLA scan pass right after it, nothing due among the %s open requests: %s checked in %.1f ms%n",
                Format.count(open), Format.count(idle.checked()), idleNanos / 1e6);
        List<Long> rawIds = ServiceBenchData.dueForWarning(dataSource, Math.min(open - due, due), due, now);
        started = System.nanoTime();
        int rawChecked = rawScan(dataSource, now);
        long rawNanos = System.nanoTime() - started;
        System.out.printf("  SLA scan pass: %s due of %s open requests checked in %,d ms (%s warnings, %d failed):"
                        + " %s per second; 100,000 at this rate: %.1f s (target ≤ 5 s)%n", Format.count(result.checked()),
                Format.count(open), serviceNanos / 1_000_000, Format.count(result.warnings()), result.failed(),
                Format.count(Math.round(result.checked() / (serviceNanos / 1e9))),
                100_000 * (serviceNanos / 1e9) / Math.max(1, result.checked()));
        System.out.printf("  baseline, raw JDBC: the same batches read, locked and their scan times written in one JDBC batch, %s"
                        + " requests (of %s made due) in %,d ms: %s per second%n", Format.count(rawChecked),
                Format.count(rawIds.size()), rawNanos / 1_000_000, Format.count(Math.round(rawChecked / (rawNanos / 1e9))));
    }

    /**
     * What a scan costs the database at least: keyset batches of 500 by (scan_at, id), each batch locked by one read
     * and its scan times written by one JDBC batch in one short transaction; no task, no history.
     */
    private static int rawScan(DataSource dataSource, Instant now) throws Exception {
        Timestamp at = Timestamp.from(now);
        int checked = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement batch = connection.prepareStatement("select id, scan_at from svc_request where scan_at <= ?"
                     + " and (scan_at > ? or (scan_at = ? and id > ?)) order by scan_at, id limit 500");
             PreparedStatement update = connection.prepareStatement("update svc_request set scan_at = res_due,"
                     + " res_warned_at = ?, version = version + 1 where id = ?")) {
            Timestamp afterScan = new Timestamp(0);
            long afterId = 0;
            while (true) {
                RawJdbc.bind(batch, at, afterScan, afterScan, afterId);
                List<Long> rows = new ArrayList<>();
                List<Timestamp> scans = new ArrayList<>();
                try (ResultSet result = batch.executeQuery()) {
                    while (result.next()) {
                        rows.add(result.getLong(1));
                        scans.add(result.getTimestamp(2));
                    }
                }
                if (!rows.isEmpty()) {
                    connection.setAutoCommit(false);
                    try (PreparedStatement lock = connection.prepareStatement("select version from svc_request where id in ("
                            + String.join(",", java.util.Collections.nCopies(rows.size(), "?")) + ") order by id for update")) {
                        RawJdbc.bind(lock, rows.toArray());
                        lock.executeQuery().close();
                    }
                    for (long id : rows) {
                        RawJdbc.bind(update, at, id);
                        update.addBatch();
                    }
                    update.executeBatch();
                    connection.commit();
                    connection.setAutoCommit(true);
                    checked += rows.size();
                }
                if (rows.size() < 500) {
                    return checked;
                }
                afterScan = scans.getLast();
                afterId = rows.getLast();
            }
        }
    }

    private static List<Long> rawPage(DataSource dataSource, long queue, ServiceRequest after) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(PAGE_SQL)) {
            Timestamp due = after == null ? null : Timestamp.from(after.clocks().dueOrder());
            RawJdbc.bind(statement, queue, due, due, due, after == null ? 0 : after.id());
            List<Long> ids = new ArrayList<>(PAGE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static List<Long> ids(List<ServiceRequest> page) {
        return page.stream().map(ServiceRequest::id).toList();
    }

    private static List<Long> queueIds(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return RawJdbc.ids(connection, "select id from svc_queue where name like 'Bench %' order by id");
        }
    }
}
