/**
 * What a plugin's generated jOOQ classes need from the SDK: {@link dev.rapport.sdk.persistence.UtcInstantConverter},
 * which the plugin parent POM ({@code rapport-plugin-parent}) names for every {@code DATETIME} column.
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.persistence;
