package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Average time from opening to the first reply, of the first replies given in a period. */
@Extension
public final class FirstResponseTimeMetric extends ServiceMetric {

    public FirstResponseTimeMetric(ServiceFigures figures) {
        super("first-response-time", "days", MetricDirection.LOWER_IS_BETTER, figures::firstResponseDays);
    }
}
