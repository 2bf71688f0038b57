package dev.rapport.bench;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.persistence.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The benchmark command end to end on a tiny database: generation, every measurement, the report, the plot, and
 * the reuse of the generated database by a later run.
 * It proves that the harness works and that service and raw JDBC read the same rows; it times nothing.
 */
class BenchSmokeTest {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final int CUSTOMERS = 200;
    private static final int ITERATIONS = 5;

    @Test
    void generatesMeasuresEveryOperationWritesTheReportAndReusesTheDatabase() throws Exception {
        Path data = TARGET.resolve("bench-smoke-data");
        deleteRecursively(data); // a database left by an earlier build would be reused, not generated
        BenchOptions options = BenchOptions.parse("--customers", String.valueOf(CUSTOMERS),
                "--data-dir", data.toString(), "--warmup", "2",
                "--iterations", String.valueOf(ITERATIONS), "--events", "300", "--cold-starts", "1",
                "--buffer-pool-mb", "64", "--results", TARGET.resolve("bench-smoke/RESULTS.md").toString());
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

        List<SizeResults> results = new BenchCommand(options, out).run("smoke test");

        assertThat(results).singleElement().satisfies(size -> {
            assertThat(size.generation().customers()).isEqualTo(CUSTOMERS);
            assertThat(size.generation().interactions()).isGreaterThan(CUSTOMERS);
            assertThat(size.latencies()).extracting(LatencyResult::operation).containsExactly(
                    "List: first page by name", "List: page in the middle by name", "Search: name prefix",
                    "Search: email prefix", "Search: phone prefix", "Customer 360°: record, key figures, timeline",
                    "Append an interaction with its event");
            assertThat(size.latencies()).allSatisfy(latency -> {
                assertThat(latency.service().calls()).isEqualTo(ITERATIONS);
                assertThat(latency.raw().calls()).isEqualTo(ITERATIONS);
                assertThat(latency.heapPeakMegabytes()).isPositive();
            });
            assertThat(size.figures()).extracting(Figure::name).contains("Event dispatch: backlog delivered",
                    "Event lag under load: p95", "CSV import: time", "CSV import: heap peak",
                    "Raw JDBC bulk load of the same customers", "Appends during an import: rate",
                    "Appends during an import: p95", "Cold start to first page: median",
                    "History walk: every transaction (SDK)", "History walk: every transaction (raw JDBC)");
            assertThat(size.figures()).allSatisfy(figure -> assertThat(figure.value()).isNotNegative());
        });
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("100%", "rows/s");
        String report = Files.readString(options.results());
        assertThat(report).contains("## 200 customers", "| processor |", "Search: phone prefix", "CSV import: time",
                "Cold start to first page", "RESULTS-latency.svg");
        assertThat(Files.readString(options.plot())).contains("<svg");
        try (GeneratedDatabase again = GeneratedDatabase.open(options, CUSTOMERS, out);
             Database database = new Database(again.connectionSettings(), 1)) {
            assertThat(again.generation().reused()).as("a second run reuses the generated database").isTrue();
            assertThat(database.dsl().fetchCount(CUSTOMER)).as("the imported customers were deleted again")
                    .isEqualTo(CUSTOMERS);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
