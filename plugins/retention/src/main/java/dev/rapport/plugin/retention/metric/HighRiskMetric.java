package dev.rapport.plugin.retention.metric;

import static dev.rapport.plugin.retention.db.Tables.RET_SCORE;

import dev.rapport.plugin.retention.score.RiskBand;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Customers in the high churn-risk band now (an index range count). Scores are a snapshot of the latest scoring, so the
 * value is the current one whatever the period; customers belong to the company, not to a department, so a
 * department's value is the company's.
 */
@Extension
public final class HighRiskMetric implements ScorecardMetric {

    private final PluginContext context;

    public HighRiskMetric(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "high-risk-customers";
    }

    @Override
    public String labelKey() {
        return "retention.metric.highRisk";
    }

    @Override
    public String unit() {
        return "count";
    }

    @Override
    public MetricDirection direction() {
        return MetricDirection.LOWER_IS_BETTER;
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return Optional.of(BigDecimal.valueOf(context.dsl().fetchCount(RET_SCORE,
                RET_SCORE.CHURN_RISK.ge(RiskBand.HIGH_FROM))));
    }
}
