package dev.rapport.runtime;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The plugin zips the build copied for the tests (see the distribution's pom): the shipped plugins in
 * {@code target/plugin-zips}, the plugins that misbehave on purpose in {@code target/fixture-zips}.
 */
public final class PluginZips {

    public static final Path ACCOUNT_NOTES = shipped("rapport-plugin-account-notes");
    public static final Path ACQUISITION = shipped("rapport-plugin-acquisition");
    public static final Path SERVICE = shipped("rapport-plugin-service");
    public static final Path FIELD_SERVICE = shipped("rapport-plugin-field-service");
    public static final Path SCORECARD = shipped("rapport-plugin-scorecard");
    public static final Path RETENTION = shipped("rapport-plugin-retention");
    public static final Path UPSELL = shipped("rapport-plugin-upsell");
    public static final Path BROKEN_START = fixture("broken-start");
    public static final Path BROKEN_PARTS = fixture("broken-parts");
    public static final Path INCOMPATIBLE = fixture("incompatible");
    public static final Path BAD_SCHEMA = fixture("bad-schema");
    public static final Path GREETER = fixture("greeter");
    public static final Path GREETER_FAN = fixture("greeter-fan");
    public static final Path EVENT_RECORDER = fixture("event-recorder");
    public static final Path TRESPASSER = fixture("trespasser");
    public static final Path SCHEMA_TRESPASSER = fixture("schema-trespasser");
    public static final Path SLOW_SCHEMA = fixture("slow-schema");
    public static final Path JOB_RUNNER = fixture("job-runner");

    private PluginZips() {
    }

    /**
     * A copy of the plugin {@code zip} at {@code target} that says it is {@code version} (its manifest's
     * {@code Plugin-Version}), as the next release of the plugin would.
     */
    public static Path withVersion(Path zip, String version, Path target) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             OutputStream file = Files.newOutputStream(target);
             ZipOutputStream out = new ZipOutputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().endsWith("META-INF/MANIFEST.MF")) {
                    Manifest manifest = new Manifest(in);
                    manifest.getMainAttributes().putValue("Plugin-Version", version);
                    manifest.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private static Path shipped(String artifactId) {
        return Path.of("target", "plugin-zips", artifactId + ".zip").toAbsolutePath();
    }

    private static Path fixture(String name) {
        return Path.of("target", "fixture-zips", "rapport-fixture-" + name + ".zip").toAbsolutePath();
    }
}
