/**
 * Building blocks for plugin pages that make them read and behave like the kernel's: {@link dev.rapport.sdk.ui.Formats}
 * (dates, times and amounts in the user's language and time zone) and {@link dev.rapport.sdk.ui.Feedback}
 * (notifications and a service's refusals shown on the fields).
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.ui;
