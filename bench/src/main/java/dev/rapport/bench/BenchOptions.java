package dev.rapport.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What to measure and where, from the command line ({@code --name value}); every option has a default.
 *
 * @param sizes the numbers of customers to measure at, one database each, smallest first
 * @param seed the generator's seed: the same seed and size give the same database
 * @param now the present of the generated world; fixed, so that a database can be generated again identically
 * @param dataDirectory where the generated databases live, one folder per size and seed, reused by later runs
 * @param warmup unmeasured calls per operation before the measured ones: enough for the JIT to compile jOOQ's
 *               and the driver's paths of each query shape on a busy 2-core machine (100 were not: the first few
 *               hundred calls of a query ran 2 to 5 times slower than later ones), so that a running server's
 *               steady state is measured
 * @param iterations measured calls per operation
 * @param events events appended for the dispatch measurement
 * @param coldStarts platform starts for the cold-start measurement (0 skips it)
 * @param bufferPoolMegabytes the embedded MariaDB's InnoDB buffer pool
 * @param results the Markdown report; the plot is written beside it
 */
record BenchOptions(List<Integer> sizes, long seed, Instant now, Path dataDirectory, int warmup, int iterations,
                    int events, int coldStarts, int bufferPoolMegabytes, Path results) {

    static final String USAGE = """
            Options (defaults shown):
              --customers 1000000          sizes to measure, comma-separated (e.g. 10000,100000,1000000)
              --seed 42                    generator seed
              --now 2026-11-01T00:00:00Z   the present of the generated data
              --data-dir bench/data        generated databases, reused when size and seed match
              --warmup 1000 --iterations 500  calls per operation, unmeasured and measured
              --events 20000               events for the dispatch measurement (half as many
                                           interactions for the webhook lag)
              --cold-starts 3              platform starts for the cold-start measurement (0 skips it)
              --buffer-pool-mb 2048        InnoDB buffer pool of the embedded MariaDB
              --results bench/RESULTS.md   the report; the plot is written beside it""";

    BenchOptions {
        sizes = List.copyOf(sizes.stream().distinct().sorted().toList());
    }

    /** The whole number at {@code index} of a bench's positional arguments ("1_000_000" allowed), else {@code fallback}. */
    static int positional(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index].replace("_", "")) : fallback;
    }

    static BenchOptions parse(String... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("Every option needs a value");
        }
        List<Integer> sizes = List.of(1_000_000);
        long seed = 42;
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        Path dataDirectory = Path.of("bench", "data");
        int warmup = 1000;
        int iterations = 500;
        int events = 20_000;
        int coldStarts = 3;
        int bufferPool = 2048;
        Path results = Path.of("bench", "RESULTS.md");
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i];
            String value = args[i + 1];
            switch (name) {
                case "--customers" -> sizes = Arrays.stream(value.split(","))
                        .map(size -> atLeast(name, size.strip().replace("_", ""), 1)).toList();
                case "--seed" -> seed = Long.parseLong(value);
                case "--now" -> now = Instant.parse(value);
                case "--data-dir" -> dataDirectory = Path.of(value);
                case "--warmup" -> warmup = atLeast(name, value, 0);
                case "--iterations" -> iterations = atLeast(name, value, 1);
                case "--events" -> events = atLeast(name, value, 1);
                case "--cold-starts" -> coldStarts = atLeast(name, value, 0);
                case "--buffer-pool-mb" -> bufferPool = atLeast(name, value, 16);
                case "--results" -> results = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        return new BenchOptions(sizes, seed, now, dataDirectory, warmup, iterations, events, coldStarts, bufferPool,
                results);
    }

    private static int atLeast(String name, String value, int minimum) {
        int number = Integer.parseInt(value);
        if (number < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
        }
        return number;
    }

    /** The plot beside the report: {@code RESULTS.md} gives {@code RESULTS-latency.svg}. */
    Path plot() {
        String name = results.getFileName().toString();
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return results.toAbsolutePath().resolveSibling(stem + "-latency.svg");
    }

    String describe() {
        return "seed " + seed + ", now " + now + ", " + warmup + " warm-up and " + iterations
                + " measured calls per operation, " + events + " events, cold starts: " + coldStarts + ", InnoDB buffer pool "
                + bufferPoolMegabytes + " MB";
    }
}
