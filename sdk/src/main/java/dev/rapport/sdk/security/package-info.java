/**
 * Roles and departments.
 *
 * @since 1.0.0
 */
package dev.rapport.sdk.security;
