package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** The open requests (for the current period). */
@Extension
public final class BacklogMetric extends ServiceMetric {

    public BacklogMetric(ServiceFigures figures) {
        super("backlog", "count", MetricDirection.LOWER_IS_BETTER, figures::backlog);
    }
}
