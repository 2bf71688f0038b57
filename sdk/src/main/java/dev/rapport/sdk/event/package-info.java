/**
 * Domain events: the kernel's sealed hierarchy, plugins' own events, and publishing them.
 *
 * @since 1.0.0
 */
package dev.rapport.sdk.event;
