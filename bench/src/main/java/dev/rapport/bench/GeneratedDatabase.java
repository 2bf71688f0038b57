package dev.rapport.bench;

import dev.rapport.platform.demo.DemoAccounts;
import dev.rapport.platform.demo.DemoDataGenerator;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.EmbeddedDatabase;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.user.PasswordHasher;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded MariaDB holding the generated CRM of one size and seed, in a folder of its own under the data
 * directory. A folder whose generation finished (its {@value #MARKER} says so) is reused as it is; any other
 * is deleted and generated anew. The kernel schema is brought up to date at every start, so new changesets
 * (indexes) reach a reused database too.
 */
final class GeneratedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GeneratedDatabase.class);
    private static final String MARKER = "generated.properties";

    /** How the data was generated (now or by an earlier run). */
    record Generation(int customers, long contacts, long interactions, long transactions, long rows,
                      Duration elapsed, boolean reused) {

        long rowsPerSecond() {
            return rows * 1000 / Math.max(1, elapsed.toMillis());
        }
    }

    private final Path folder;
    private final EmbeddedDatabase server;
    private final Generation generation;

    private GeneratedDatabase(Path folder, EmbeddedDatabase server, Generation generation) {
        this.folder = folder;
        this.server = server;
        this.generation = generation;
    }

    static GeneratedDatabase open(BenchOptions options, int customers, PrintStream console) {
        Path folder = options.dataDirectory().resolve("customers-" + customers + "-seed-" + options.seed())
                .toAbsolutePath().normalize();
        Generation previous = readMarker(folder, customers, options);
        if (previous == null) {
            deleteRecursively(folder);
        }
        EmbeddedDatabase server = EmbeddedDatabase.start(folder.resolve("mariadb"), 0, options.bufferPoolMegabytes());
        try (Database database = new Database(server.connectionSettings(), 4)) {
            new SchemaMigrator(database.dataSource()).migrateKernel();
            Generation generation = previous != null ? previous : generate(database, folder, customers, options, console);
            return new GeneratedDatabase(folder, server, generation);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static Generation generate(Database database, Path folder, int customers, BenchOptions options,
                                       PrintStream console) {
        console.printf("Generating %s customers (seed %d) into %s%n", Format.count(customers), options.seed(), folder);
        DemoDataGenerator.Result result = new DemoDataGenerator(database.dsl()).generate(
                new DemoDataGenerator.Options(customers, options.seed(), options.now()), new ConsoleProgressBar(console));
        // sign-in accounts as on a demo installation, so the cold start serves a platform that needs no set-up
        DemoAccounts.setUp(database.dsl(), new PasswordHasher(), options.now());
        Generation generation = new Generation(customers, result.contacts(), result.interactions(),
                result.transactions(), result.rows(), result.elapsed(), false);
        console.printf("Generated %s rows in %d s: %s rows/s%n", Format.count(result.rows()),
                result.elapsed().toSeconds(), Format.count(result.rowsPerSecond()));
        writeMarker(folder, generation, options);
        return generation;
    }

    Path folder() {
        return folder;
    }

    Database.ConnectionSettings connectionSettings() {
        return server.connectionSettings();
    }

    Generation generation() {
        return generation;
    }

    @Override
    public void close() {
        server.close();
    }

    private static Generation readMarker(Path folder, int customers, BenchOptions options) {
        Path marker = folder.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(marker)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + marker, e);
        }
        if (!String.valueOf(customers).equals(properties.getProperty("customers"))
                || !String.valueOf(options.seed()).equals(properties.getProperty("seed"))
                || !options.now().toString().equals(properties.getProperty("now"))) {
            log.info("{} holds other data than asked for: generating again", folder);
            return null;
        }
        return new Generation(customers, Long.parseLong(properties.getProperty("contacts")),
                Long.parseLong(properties.getProperty("interactions")),
                Long.parseLong(properties.getProperty("transactions")), Long.parseLong(properties.getProperty("rows")),
                Duration.ofMillis(Long.parseLong(properties.getProperty("elapsedMillis"))), true);
    }

    /** Written last: a folder without it holds an interrupted generation. */
    private static void writeMarker(Path folder, Generation generation, BenchOptions options) {
        Properties properties = new Properties();
        properties.setProperty("customers", String.valueOf(generation.customers()));
        properties.setProperty("seed", String.valueOf(options.seed()));
        properties.setProperty("now", options.now().toString());
        properties.setProperty("contacts", String.valueOf(generation.contacts()));
        properties.setProperty("interactions", String.valueOf(generation.interactions()));
        properties.setProperty("transactions", String.valueOf(generation.transactions()));
        properties.setProperty("rows", String.valueOf(generation.rows()));
        properties.setProperty("elapsedMillis", String.valueOf(generation.elapsed().toMillis()));
        try (Writer writer = Files.newBufferedWriter(folder.resolve(MARKER))) {
            properties.store(writer, "A finished generation of the Rapport benchmark");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the marker of " + folder, e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
