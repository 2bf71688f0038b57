package dev.rapport.platform.user;

import dev.rapport.sdk.security.Role;
import java.util.Set;

/**
 * A person who works in Rapport: signs in, owns customers, records interactions, gets tasks.
 *
 * @param departmentIds the departments they belong to
 * @param mustChangePassword true after an administrator set a temporary password
 * @param version for optimistic locking of administrators' edits
 */
public record User(long id, String username, String displayName, String email, boolean active, Role role,
                   Set<Long> departmentIds, boolean mustChangePassword, int version) {

    public User {
        departmentIds = Set.copyOf(departmentIds);
    }
}
