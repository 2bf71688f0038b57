package dev.rapport.plugin.fieldservice.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Time on site, of the technicians' working time on the days they worked. */
@Extension
public final class UtilisationMetric extends FieldMetric {

    public UtilisationMetric(FieldFigures figures) {
        super("utilisation", "%", MetricDirection.HIGHER_IS_BETTER, figures::utilisation);
    }
}
