/**
 * Tasks: follow-ups assigned to users or queued for departments.
 *
 * @since 1.0.0
 */
package dev.rapport.sdk.task;
