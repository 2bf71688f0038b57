package dev.rapport.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The platform's configuration: {@code conf/rapport.properties} of the installation, each key overridable
 * by an environment variable named {@code RAPPORT_} plus the key in upper case with dots and dashes as
 * underscores ({@code http.port} becomes {@code RAPPORT_HTTP_PORT}).
 *
 * <p>Every key and its default is documented in the shipped {@code conf/rapport.properties}.
 */
public final class RapportConfig {

    public static final String CONFIG_FILE = "conf/rapport.properties";

    private final Path home;
    private final Map<String, String> values;

    private RapportConfig(Path home, Map<String, String> values) {
        this.home = home.toAbsolutePath().normalize();
        this.values = Map.copyOf(values);
    }

    /** Reads {@code conf/rapport.properties} under {@code home} (if present) and applies the environment overrides. */
    public static RapportConfig load(Path home, Map<String, String> environment) {
        Map<String, String> values = new HashMap<>(readFile(home.resolve(CONFIG_FILE)));
        environment.forEach((name, value) -> {
            if (name.startsWith("RAPPORT_") && !name.equals("RAPPORT_HOME")) {
                values.put(keyOf(name), value);
            }
        });
        return new RapportConfig(home, values);
    }

    /** A configuration from explicit values, for tests and tools. */
    public static RapportConfig of(Path home, Map<String, String> values) {
        return new RapportConfig(home, values);
    }

    /** A copy with some values replaced. */
    public RapportConfig with(Map<String, String> overrides) {
        Map<String, String> merged = new HashMap<>(values);
        merged.putAll(overrides);
        return new RapportConfig(home, merged);
    }

    static String keyOf(String environmentVariable) {
        return environmentVariable.substring("RAPPORT_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** The environment variable that overrides {@code key}. */
    public static String environmentVariableOf(String key) {
        return "RAPPORT_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).trim()));
        return values;
    }

    public Path home() {
        return home;
    }

    /**
     * An installation for trying Rapport out: demo data on ({@code demo.enabled}) and the embedded database (no
     * {@code db.url}). Its accounts have the well-known demo password, and it trusts the development signing key;
     * every other installation is treated as production.
     */
    public boolean demoInstallation() {
        return getBoolean("demo.enabled", true) && get("db.url").isEmpty();
    }

    public Optional<String> get(String key) {
        String value = values.get(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String get(String key, String defaultValue) {
        return get(key).orElse(defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        return get(key).map(value -> parse(key, value, Integer::parseInt)).orElse(defaultValue);
    }

    /**
     * A limit that holds for the whole installation, as this node's share: the value divided by {@code cluster.nodes}
     * (default 1), rounded down, at least 1. Counters of such limits live in each node's memory; a load balancer that
     * spreads requests over the nodes then lets through at most the configured limit in all, and one that keeps a
     * client on one node (sticky sessions, or source hashing) lets that client through at most the node's share.
     */
    public int getPerNodeLimit(String key, int defaultValue) {
        int nodes = Math.max(1, getInt("cluster.nodes", 1));
        return Math.max(1, getInt(key, defaultValue) / nodes);
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return get(key).map(value -> parse(key, value, RapportConfig::parseBoolean)).orElse(defaultValue);
    }

    /** A path; a relative one is resolved against the installation's home. */
    public Path getPath(String key, String defaultValue) {
        return home.resolve(get(key, defaultValue)).normalize();
    }

    private static boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Configuration " + key + " (" + environmentVariableOf(key)
                    + ") has an invalid value: '" + value + "'", e);
        }
    }
}
