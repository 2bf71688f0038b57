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
    READ_ONLY
}
