package dev.rapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Writes the results as Markdown: the machine, the plot, then one section per database size. */
final class ResultsReport {

    /** The targets are set for this many customers; smaller sizes show how cost grows. */
    private static final int TARGET_SIZE = 1_000_000;

    private ResultsReport() {
    }

    static void write(BenchOptions options, String commandLine, Machine machine, List<SizeResults> sizes, Path plot)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Rapport CRM benchmark results\n\n");
        md.append("Written by the benchmark command (see README.md, \"Benchmarks\") on ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(":\n\n");
        md.append("```\n").append(commandLine).append("\n```\n\n");
        md.append(options.describe()).append(".\n\n");
        md.append("Every operation is called through the product's own services (the platform running in the bench's JVM ")
                .append("with the shipped plugins) and, where one exists, as the equivalent raw JDBC query in the same run, ")
                .append("alternating call by call; at each size every operation is warmed up before any is measured. ")
                .append("Latencies are wall-clock times of single calls in milliseconds; ")
                .append("\"ratio\" is the service's p95 over raw JDBC's p95; \"heap peak\" is the JVM heap's high-water ")
                .append("mark while the measured calls ran (the whole platform's heap, not the operation's share). ")
                .append("The issue's targets apply at 1,000,000 customers and are judged there only.\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        row(md, "processor", machine.processor());
        row(md, "cores", String.valueOf(machine.cores()));
        row(md, "memory", Format.count(machine.memoryMegabytes()) + " MB");
        row(md, "JDK", machine.jdk() + ", maximum heap " + Format.count(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                + " MB");
        row(md, "operating system", machine.operatingSystem());
        row(md, "database", "MariaDB " + (sizes.isEmpty() ? "" : sizes.getFirst().mariaDbVersion())
                + " (embedded, same machine; InnoDB buffer pool " + options.bufferPoolMegabytes() + " MB)");
        md.append("\nThe machine is shared: other builds may have run at the same time. The load averages at the start ")
                .append("and end of each size's measurements are given with its results.\n\n");
        sizes.stream().filter(size -> size.customers() >= TARGET_SIZE).reduce((first, second) -> second)
                .ifPresent(size -> targets(md, size));
        md.append("## Latency against data size\n\n![p95 latency of each operation against the number of customers](")
                .append(plot.getFileName()).append(")\n\n");
        for (SizeResults size : sizes) {
            section(md, size);
        }
        Files.createDirectories(options.results().toAbsolutePath().getParent());
        Files.writeString(options.results(), md);
    }

    private static void targets(StringBuilder md, SizeResults size) {
        md.append("## Targets at ").append(Format.count(size.customers())).append(" customers\n\n");
        md.append("| operation | target | measured | met |\n|---|---|---|---|\n");
        for (LatencyResult result : size.latencies()) {
            if (!result.target().describe().isEmpty()) {
                md.append("| ").append(result.operation()).append(" | ").append(result.target().describe())
                        .append(" | p95 ").append(Format.number(result.service().p95())).append(" ms")
                        .append(Double.isNaN(result.ratio()) ? "" : ", " + Format.number(result.ratio()) + "× raw")
                        .append(" | ").append(result.meetsTarget() ? "yes" : "**no**").append(" |\n");
            }
        }
        for (Figure figure : size.figures()) {
            if (figure.hasTarget()) {
                md.append("| ").append(figure.name()).append(" | ").append(figure.describeTarget())
                        .append(" | ").append(Format.number(figure.value())).append(' ').append(figure.unit())
                        .append(" | ").append(figure.meetsTarget() ? "yes" : "**no**").append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void section(StringBuilder md, SizeResults size) {
        GeneratedDatabase.Generation generation = size.generation();
        boolean judged = size.customers() >= TARGET_SIZE;
        md.append("## ").append(Format.count(size.customers())).append(" customers\n\n");
        md.append("Data: ").append(Format.count(generation.customers())).append(" customers, ")
                .append(Format.count(generation.contacts())).append(" contact persons, ")
                .append(Format.count(generation.interactions())).append(" interactions, ")
                .append(Format.count(generation.transactions())).append(" transactions: ")
                .append(Format.count(generation.rows())).append(" rows generated in ")
                .append(Format.count(generation.elapsed().toSeconds())).append(" s (")
                .append(Format.count(generation.rowsPerSecond())).append(" rows/s")
                .append(generation.reused() ? ", by an earlier run; reused" : "").append(").\n\n");
        md.append("Load average (1, 5, 15 min): ").append(size.loadBefore()).append(" at the start, ")
                .append(size.loadAfter()).append(" at the end.\n\n");
        md.append("| operation | p50 | p95 | p99 | raw p50 | raw p95 | raw p99 | ratio | heap peak MB | target | met |\n");
        md.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|---|---|\n");
        for (LatencyResult result : size.latencies()) {
            LatencyStats raw = result.raw();
            md.append("| ").append(result.operation())
                    .append(" | ").append(Format.number(result.service().p50()))
                    .append(" | ").append(Format.number(result.service().p95()))
                    .append(" | ").append(Format.number(result.service().p99()))
                    .append(" | ").append(raw == null ? "–" : Format.number(raw.p50()))
                    .append(" | ").append(raw == null ? "–" : Format.number(raw.p95()))
                    .append(" | ").append(raw == null ? "–" : Format.number(raw.p99()))
                    .append(" | ").append(Double.isNaN(result.ratio()) ? "–" : Format.number(result.ratio()) + "×")
                    .append(" | ").append(Format.number(result.heapPeakMegabytes()))
                    .append(" | ").append(judged ? result.target().describe() : "")
                    .append(" | ").append(!judged || result.target().describe().isEmpty() ? ""
                            : result.meetsTarget() ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append("\n| figure | value | target | met | how |\n|---|--:|---|---|---|\n");
        for (Figure figure : size.figures()) {
            md.append("| ").append(figure.name())
                    .append(" | ").append(Format.number(figure.value())).append(' ').append(figure.unit())
                    .append(" | ").append(judged ? figure.describeTarget() : "")
                    .append(" | ").append(judged && figure.hasTarget() ? figure.meetsTarget() ? "yes" : "**no**" : "")
                    .append(" | ").append(figure.note())
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value).append(" |\n");
    }
}
