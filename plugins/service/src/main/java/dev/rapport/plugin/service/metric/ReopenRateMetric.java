package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Share of the requests resolved in a period that had been reopened. */
@Extension
public final class ReopenRateMetric extends ServiceMetric {

    public ReopenRateMetric(ServiceFigures figures) {
        super("reopen-rate", "%", MetricDirection.LOWER_IS_BETTER, figures::reopenRate);
    }
}
