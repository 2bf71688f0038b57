package dev.rapport.sdk.security;

/**
 * What a user may do, from most to least.
 *
 * @since 1.0.0
 */
public enum Role {
    /** Manages users, departments, plugins and settings; may do everything. */
    ADMINISTRATOR,
    /** Sees the figures of their departments and works all their records. */
    MANAGER,
    /** Works their own records and their departments' queues. */
    AGENT,
    /** Reads, never changes anything. */
    READ_ONLY;

    /**
     * Whether this role includes everything {@code other} may do (roles are ordered from most to least).
     *
     * @param other the role asked for
     * @return true if this role is {@code other} or a stronger one
     * @since 1.1.0
     */
    public boolean includes(Role other) {
        return ordinal() <= other.ordinal();
    }
}
