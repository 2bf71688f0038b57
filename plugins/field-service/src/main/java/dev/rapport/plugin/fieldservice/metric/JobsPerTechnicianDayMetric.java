package dev.rapport.plugin.fieldservice.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Finished visits per technician and working day. */
@Extension
public final class JobsPerTechnicianDayMetric extends FieldMetric {

    public JobsPerTechnicianDayMetric(FieldFigures figures) {
        super("jobs-per-technician-day", "count", MetricDirection.HIGHER_IS_BETTER, figures::jobsPerTechnicianDay);
    }
}
