package dev.rapport.platform.plugin;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures of plugin code (a start method, a view, a tab, a listener, a metric), counted per plugin and
 * shown on the Plugins page. The platform catches them; this is where they are remembered.
 */
public final class PluginHealth {

    private static final Logger log = LoggerFactory.getLogger(PluginHealth.class);

    /** How a plugin has been failing: how often, and the latest failure. */
    public record Failures(long count, String lastWhat, String lastError, Instant lastAt) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Records that {@code what} of {@code owner} (a plugin id, or {@code kernel}) failed with {@code error}. */
    public void failed(String owner, String what, Throwable error) {
        log.warn("Plugin {} failed in {}: {}", owner, what, error.toString());
        failures.merge(owner, new Failures(1, what, describe(error), Instant.now()),
                (old, latest) -> new Failures(old.count() + 1, latest.lastWhat(), latest.lastError(), latest.lastAt()));
    }

    public Optional<Failures> of(String owner) {
        return Optional.ofNullable(failures.get(owner));
    }

    /** Forgets a plugin's failures, e.g. when it was reloaded. */
    public void reset(String owner) {
        failures.remove(owner);
    }

    /**
     * The error and, when it wraps others, its innermost cause: frameworks wrap the plugin's own exception
     * (Vaadin reports a view constructor that threw as "Unable to create an instance"), and that is what tells
     * an administrator what went wrong.
     */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? summary(error) : summary(error) + " (caused by " + summary(root) + ")";
    }

    private static String summary(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }
}
