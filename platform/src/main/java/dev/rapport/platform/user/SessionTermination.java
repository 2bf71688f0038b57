package dev.rapport.platform.user;

/**
 * Ends a user's signed-in sessions when their credentials or access change: {@link UserAdministration} calls it
 * when a password is changed or reset and when a user is deactivated; the web layer implements it. Called on the
 * thread that made the change, after it was stored; must not throw.
 */
@FunctionalInterface
public interface SessionTermination {

    /** Ends nothing: for installations and tests without a web layer. */
    SessionTermination NONE = userId -> {
    };

    /** Ends every session of {@code userId} except the session making the change (when that is the user's own). */
    void endSessionsOf(long userId);
}
