package dev.rapport.plugin.fieldservice.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Part reservations refused for want of stock. */
@Extension
public final class StockOutMetric extends FieldMetric {

    public StockOutMetric(FieldFigures figures) {
        super("stock-outs", "count", MetricDirection.LOWER_IS_BETTER, figures::stockOuts);
    }
}
