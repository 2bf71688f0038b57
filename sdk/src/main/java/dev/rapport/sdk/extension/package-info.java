/**
 * The extension points a plugin implements (each a PF4J {@code ExtensionPoint}, marked with
 * {@code @Extension}): screens and menu entries, customer 360° tabs, domain event listeners, scorecard
 * metrics and its database schema.
 *
 * @since 1.0.0
 */
package dev.rapport.sdk.extension;
