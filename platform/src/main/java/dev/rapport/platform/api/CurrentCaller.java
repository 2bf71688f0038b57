package dev.rapport.platform.api;

import dev.rapport.platform.user.Actor;
import java.util.Optional;

/**
 * The user the current API request acts as, for code that is not handed the request: the SDK's services behind a
 * plugin's REST resource ({@code PluginContext.security()}) see the token's user as the current user. Set by
 * {@link ApiGate} once the token is checked, cleared by {@link ApiServlet} when the request ends.
 */
public final class CurrentCaller {

    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private CurrentCaller() {
    }

    /** The actor of the API request this thread serves, if any. */
    public static Optional<Actor> actor() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(Actor actor) {
        CURRENT.set(actor);
    }

    static void clear() {
        CURRENT.remove();
    }
}
