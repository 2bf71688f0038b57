package dev.rapport.sdk.security;

import java.util.List;

/**
 * A user as plugins see them.
 *
 * @param id the user's id (what task assignees and customer owners refer to)
 * @param username the sign-in name
 * @param displayName the name shown to people
 * @param role what the user may do
 * @param departments the departments the user belongs to
 * @since 1.1.0
 */
public record UserInfo(long id, String username, String displayName, Role role, List<Department> departments) {

    /** Copies {@code departments}. */
    public UserInfo {
        departments = List.copyOf(departments);
    }

    /**
     * Whether the user belongs to the department with {@code code}.
     *
     * @param code a department code such as {@code sales}
     * @return true if they do
     */
    public boolean isMemberOf(String code) {
        return departments.stream().anyMatch(department -> department.code().equals(code));
    }
}
