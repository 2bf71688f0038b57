package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.model.ChurnFactor;
import dev.rapport.plugin.retention.model.RfmClass;
import java.util.List;

/**
 * One customer's scores: RFM scores (null without history) and class, predicted lifetime value (margin over the next
 * year, null when no model or no history), churn probability with its band and reasons (null likewise).
 */
public record Score(Integer recency, Integer frequency, Integer monetary, RfmClass rfmClass, Double lifetimeValue,
                    Double churnRisk, RiskBand band, List<ChurnFactor> reasons) {

    /** The scores of a customer without purchases: "not enough history". */
    public static final Score NO_HISTORY = new Score(null, null, null, RfmClass.NO_HISTORY, null, null, null, List.of());
}
