package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** How many leads were captured in a period: the top of the acquisition funnel. */
@Extension
public final class NewLeadsMetric extends FigureMetric {

    public NewLeadsMetric(AcquisitionFigures figures) {
        super("new-leads", "acquisition.metric.newLeads", "count", MetricDirection.HIGHER_IS_BETTER,
                (department, period) -> Optional.of(BigDecimal.valueOf(figures.newLeads(department, period))));
    }
}
