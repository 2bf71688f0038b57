package dev.rapport.platform.plugin;

import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.AccessDeniedException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who acts when one plugin's code calls the SDK. While the platform runs the plugin's code (its start and stop,
 * an event listener, a public endpoint; later its jobs) the plugin's system identity {@code plugin:<id>} acts,
 * so the audit log names the plugin. During a browser request the signed-in user acts. Anywhere else (a thread or
 * timer the plugin started itself) nobody acts and every write is refused: security fails closed.
 *
 * <p>The plugin's identity is bound to the thread the platform calls the plugin on, and only for that call: a
 * thread the plugin starts from there does not inherit it.
 */
final class PluginActor {

    private static final ThreadLocal<Actor> PLATFORM_CALL = new ThreadLocal<>();

    private final String pluginId;
    private final Supplier<Optional<Actor>> sessionUser;

    PluginActor(String pluginId, Supplier<Optional<Actor>> sessionUser) {
        this.pluginId = pluginId;
        this.sessionUser = sessionUser;
    }

    /** Runs {@code work}, code of the plugin {@code pluginId} that the platform calls, as the plugin's identity. */
    static <T> T callAs(String pluginId, Supplier<T> work) {
        Actor outer = PLATFORM_CALL.get();
        PLATFORM_CALL.set(Actor.plugin(pluginId));
        try {
            return work.get();
        } finally {
            if (outer == null) {
                PLATFORM_CALL.remove();
            } else {
                PLATFORM_CALL.set(outer);
            }
        }
    }

    static void runAs(String pluginId, Runnable work) {
        callAs(pluginId, () -> {
            work.run();
            return null;
        });
    }

    /** Plugin code that may throw a checked exception. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /** Runs {@code work} as {@link #runAs} does, and throws on what it threw. */
    static void runThrowingAs(String pluginId, Work work) throws Exception {
        Exception[] thrown = {null};
        runAs(pluginId, () -> {
            try {
                work.run();
            } catch (Exception e) {
                thrown[0] = e;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }

    /** Who acts now: the plugin's identity in a call of the platform, else the session's user, else nobody. */
    Optional<Actor> current() {
        Actor bound = PLATFORM_CALL.get();
        return bound != null ? Optional.of(bound) : sessionUser.get();
    }

    /** Who performs the write {@code action}; refused when nobody acts. */
    Actor writer(String action) {
        return current().orElseThrow(() -> new AccessDeniedException("Plugin " + pluginId + " may not " + action
                + " here: its code runs outside a request, an event listener, a public endpoint or a job of the"
                + " platform, so nobody acts for it"));
    }
}
