/**
 * The whole recorded history of every customer, for plugins that arrive after it was written (scoring, mining).
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.history;
