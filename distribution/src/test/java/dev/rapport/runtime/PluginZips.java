package dev.rapport.runtime;

import java.nio.file.Path;

/**
 * The plugin zips the build copied for the tests (see the distribution's pom): the shipped plugins in
 * {@code target/plugin-zips}, the plugins that misbehave on purpose in {@code target/fixture-zips}.
 */
public final class PluginZips {

    public static final Path ACCOUNT_NOTES = shipped("rapport-plugin-account-notes");
    public static final Path ACQUISITION = shipped("rapport-plugin-acquisition");
    public static final Path BROKEN_START = fixture("broken-start");
    public static final Path BROKEN_PARTS = fixture("broken-parts");
    public static final Path INCOMPATIBLE = fixture("incompatible");
    public static final Path BAD_SCHEMA = fixture("bad-schema");

    private PluginZips() {
    }

    private static Path shipped(String artifactId) {
        return Path.of("target", "plugin-zips", artifactId + ".zip").toAbsolutePath();
    }

    private static Path fixture(String name) {
        return Path.of("target", "fixture-zips", "rapport-fixture-" + name + ".zip").toAbsolutePath();
    }
}
