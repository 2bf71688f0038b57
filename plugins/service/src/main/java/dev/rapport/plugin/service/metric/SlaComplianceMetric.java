package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Share of the requests resolved in a period that met both their SLA clocks. */
@Extension
public final class SlaComplianceMetric extends ServiceMetric {

    public SlaComplianceMetric(ServiceFigures figures) {
        super("sla-compliance", "%", MetricDirection.HIGHER_IS_BETTER, figures::slaCompliance);
    }
}
