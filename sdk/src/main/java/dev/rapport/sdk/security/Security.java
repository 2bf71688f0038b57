package dev.rapport.sdk.security;

import java.util.Optional;

/**
 * Who acts, and what they may do, so a plugin protects its own actions as the kernel does: check in the
 * code that changes data, not only by hiding a button.
 *
 * <p>During a user's request (a view, a tab, a button) the current user is the signed-in user, with the role
 * and departments their session acts with (a change by an administrator counts from their next page). Where
 * the platform runs the plugin's code without a user (its {@code start()} and {@code stop()}, an event listener,
 * a public endpoint) the plugin acts as its own system identity, recorded as {@code plugin:<plugin-id>}: no
 * current user, every role granted. Anywhere else (a thread or timer the plugin started itself) nobody acts
 * (since 1.3.0): no current user, no role, and every write through the SDK is refused with an
 * {@link dev.rapport.sdk.error.AccessDeniedException}, so security fails closed.
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
     * Whether the current user has {@code role} or a stronger one; the plugin's system identity may do
     * everything, nobody (outside a request, listener, endpoint or start) nothing.
     *
     * @param role the least role needed
     * @return true if allowed
     */
    boolean hasRole(Role role);

    /**
     * Refuses the action unless the current user has {@code role} or a stronger one; the plugin's system
     * identity passes, nobody is refused.
     *
     * @param role the least role needed
     * @param action what is being done, for the message (e.g. "add a note")
     * @throws dev.rapport.sdk.error.AccessDeniedException if the user's role is weaker
     */
    void requireRole(Role role, String action);

    /**
     * Whether the current user has the plugin's permission {@code permission}
     * ({@link dev.rapport.sdk.extension.PermissionContribution}): administrators and the plugin's system identity
     * always, nobody never; otherwise the role's default or a grant to one of the user's departments, unless one of
     * their departments had it withdrawn. A key the plugin did not declare (or a plugin that is stopped) is refused.
     *
     * <p>The default implementation refuses everything (fail closed), for implementations made before 1.3.0.
     *
     * @param permission the permission's key, e.g. {@code account-notes.delete-note}
     * @return true if allowed
     * @since 1.3.0
     */
    default boolean hasPermission(String permission) {
        return false;
    }

    /**
     * Refuses the action unless {@link #hasPermission} allows it.
     *
     * @param permission the permission's key
     * @param action what is being done, for the message (e.g. "delete a note")
     * @throws dev.rapport.sdk.error.AccessDeniedException if the current user lacks the permission
     * @since 1.3.0
     */
    default void requirePermission(String permission, String action) {
        if (!hasPermission(permission)) {
            throw new dev.rapport.sdk.error.AccessDeniedException(currentUser().map(UserInfo::displayName)
                    .orElse("Nobody") + " lacks the permission " + permission + " to " + action);
        }
    }
}
