package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Customer satisfaction: the share of satisfied answers (4 or 5 of 5) to the surveys after resolution. */
@Extension
public final class CsatMetric extends ServiceMetric {

    public CsatMetric(SurveyFigures figures) {
        super("csat", "%", MetricDirection.HIGHER_IS_BETTER, figures::csat);
    }
}
