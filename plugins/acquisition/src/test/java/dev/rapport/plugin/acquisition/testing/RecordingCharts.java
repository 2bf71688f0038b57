package dev.rapport.plugin.acquisition.testing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.Charts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The kernel's chart renderer lives in the platform, which a plugin's tests do not have: this one keeps the charts
 * the plugin asked for, so a test checks what the plugin shows (the description), and stands in for the drawing with
 * the chart's title.
 */
public final class RecordingCharts implements Charts {

    private final List<Chart> drawn = new CopyOnWriteArrayList<>();

    public List<Chart> drawn() {
        return List.copyOf(drawn);
    }

    @Override
    public String svg(Chart chart) {
        drawn.add(chart);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>chart</title></svg>";
    }

    @Override
    public Component component(Chart chart) {
        drawn.add(chart);
        Div placeholder = new Div(chart.title());
        placeholder.addClassName("rapport-chart");
        return placeholder;
    }
}
