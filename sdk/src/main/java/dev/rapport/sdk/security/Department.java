package dev.rapport.sdk.security;

/**
 * A department of the company, e.g. Sales or Customer Service. Users belong to departments, tasks can be
 * queued for a department, and plugins are enabled per department.
 *
 * @param id the department's id
 * @param code a short stable code, e.g. {@code sales}
 * @param name the display name
 * @since 1.0.0
 */
public record Department(long id, String code, String name) {
}
