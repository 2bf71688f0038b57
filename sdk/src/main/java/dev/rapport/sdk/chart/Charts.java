package dev.rapport.sdk.chart;

import com.vaadin.flow.component.Component;

/**
 * Draws {@link Chart}s the way the kernel draws its own (the home page, the Figures page): server-rendered inline
 * SVG with nice axis steps, category names wrapped or slanted rather than cut off, a legend when there are several
 * series, each value on hover (an SVG {@code <title>}) and a table of every value for screen readers. Colours and
 * fonts are Lumo's CSS custom properties, so the chart follows the light and the dark theme. Obtained from
 * {@link dev.rapport.sdk.PluginContext#charts()} or as a constructor parameter.
 *
 * <p><b>Threading and lifecycle.</b> Stateless and thread-safe: {@link #svg} may run on any thread (e.g. a
 * {@link dev.rapport.sdk.extension.HomeCard}'s loading); {@link #component} creates a Vaadin component and must run
 * where components are made, on the UI thread of a session. Usable as long as the plugin is started.
 *
 * <p><b>Failure.</b> Drawing never reads the database and does not fail for any data: an empty chart says that there
 * is no data; infinite and NaN values are treated as missing. Null arguments throw {@link NullPointerException}.
 *
 * @since 1.3.0
 */
public interface Charts {

    /**
     * The chart as a standalone SVG document fragment ({@code <svg ...>...</svg>}), for a Vaadin
     * {@link com.vaadin.flow.component.Svg} or an export.
     *
     * @param chart what to draw
     * @return the SVG markup, every text escaped
     */
    String svg(Chart chart);

    /**
     * The chart as a component: the SVG, scaled to the available width, and beside it a table of the values that
     * only screen readers announce.
     *
     * @param chart what to draw
     * @return a new component; never shared between views
     */
    Component component(Chart chart);
}
