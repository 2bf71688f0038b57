package dev.rapport.sdk.security;

import java.util.Optional;

/**
 * Who acts, and what they may do, so a plugin protects its own actions as the kernel does: check in the
 * code that changes data, not only by hiding a button.
 *
 * <p>During a user's request (a view, a tab, a button) the current user is the signed-in user, with the role
 * and departments their session acts with (a change by an administrator counts from their next page); in an
 * event listener or another background thread there is none, and the plugin acts as the system: no current
 * user, every role granted.
 *
 * @since 1.1.0
 */
public interface Security {

    /**
     * The signed-in user of the current request.
     *
     * @return the user, or empty outside a user's request
     */
    Optional<UserInfo> currentUser();

    /**
     * Whether the current user has {@code role} or a stronger one; the system (no user) may do everything.
     *
     * @param role the least role needed
     * @return true if allowed
     */
    boolean hasRole(Role role);

    /**
     * Refuses the action unless the current user has {@code role} or a stronger one; the system (no user)
     * passes.
     *
     * @param role the least role needed
     * @param action what is being done, for the message (e.g. "add a note")
     * @throws dev.rapport.sdk.error.AccessDeniedException if the user's role is weaker
     */
    void requireRole(Role role, String action);
}
