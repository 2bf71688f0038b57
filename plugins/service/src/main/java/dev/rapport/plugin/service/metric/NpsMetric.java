package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Net promoter score of the answers in the period: promoters minus detractors, in points (-100 to 100). */
@Extension
public final class NpsMetric extends ServiceMetric {

    public NpsMetric(SurveyFigures figures) {
        super("nps", "count", MetricDirection.HIGHER_IS_BETTER, figures::nps);
    }
}
