package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ScorecardMetric;

/** An acquisition KPI: a fixed id, label and direction; its value comes from {@link AcquisitionFigures}. */
abstract class AcquisitionMetric implements ScorecardMetric {

    protected final AcquisitionFigures figures;
    private final String id;
    private final String labelKey;
    private final MetricDirection direction;

    AcquisitionMetric(AcquisitionFigures figures, String id, String labelKey, MetricDirection direction) {
        this.figures = figures;
        this.id = id;
        this.labelKey = labelKey;
        this.direction = direction;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String labelKey() {
        return labelKey;
    }

    @Override
    public final MetricDirection direction() {
        return direction;
    }
}
