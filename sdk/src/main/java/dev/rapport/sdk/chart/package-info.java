/**
 * Charts drawn by the kernel: a plugin describes what to show ({@link dev.rapport.sdk.chart.Chart}: bars, stacked
 * bars, lines or a pie, categories, named series, how values read) and the kernel's {@link dev.rapport.sdk.chart.Charts}
 * draws it as inline SVG on the server, with readable axes, a legend, values on hover and as a table for screen
 * readers, in the theme's colours (light and dark). No frontend build and no chart library are needed.
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.chart;
