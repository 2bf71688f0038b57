package dev.rapport.sdk.security;

import java.util.List;
import java.util.Optional;

/**
 * The company's departments and the people who work in them, e.g. to pick an owner, or to hand records round
 * by round-robin among the members of a department.
 *
 * <p>Read-only: users and departments are managed by administrators in the web application. Every method
 * reads committed data (user lookups by id may be cached for a few minutes); methods may be called from any
 * thread; none needs a particular role.
 *
 * @since 1.2.0
 */
public interface StaffDirectory {

    /**
     * Every department, by name.
     *
     * @return the departments
     */
    List<Department> departments();

    /**
     * A department by id.
     *
     * @param departmentId the id
     * @return the department, or empty
     */
    Optional<Department> department(long departmentId);

    /**
     * A department by its code.
     *
     * @param code a code such as {@code sales}
     * @return the department, or empty
     */
    Optional<Department> departmentByCode(String code);

    /**
     * A user by id, also a deactivated one (records keep naming people who left).
     *
     * @param userId the id
     * @return the user, or empty
     */
    Optional<UserInfo> user(long userId);

    /**
     * Every active user, by display name.
     *
     * @return the users
     */
    List<UserInfo> activeUsers();

    /**
     * The active members of a department, by id (a stable order, e.g. for round-robin).
     *
     * @param departmentId the department
     * @return its members; empty for an unknown department
     */
    List<UserInfo> members(long departmentId);
}
