package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Average time from opening to resolution of the requests resolved in a period. */
@Extension
public final class ResolutionTimeMetric extends ServiceMetric {

    public ResolutionTimeMetric(ServiceFigures figures) {
        super("resolution-time", "days", MetricDirection.LOWER_IS_BETTER, figures::resolutionDays);
    }
}
