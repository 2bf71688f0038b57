package dev.rapport.plugin.retention.metric;

import static dev.rapport.plugin.retention.db.Tables.RET_PLAYBOOK;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/**
 * Retention playbooks started in the period for valuable customers at high risk (of those still in the band: a
 * playbook row goes when its customer leaves the band). Company-wide, as {@link HighRiskMetric}.
 */
@Extension
public final class PlaybooksStartedMetric implements ScorecardMetric {

    private final PluginContext context;

    public PlaybooksStartedMetric(PluginContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "playbooks-started";
    }

    @Override
    public String labelKey() {
        return "retention.metric.playbooks";
    }

    @Override
    public String unit() {
        return "count";
    }

    @Override
    public MetricDirection direction() {
        return MetricDirection.HIGHER_IS_BETTER;
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return Optional.of(BigDecimal.valueOf(context.dsl().fetchCount(RET_PLAYBOOK,
                RET_PLAYBOOK.STARTED_AT.ge(period.startInstant()).and(RET_PLAYBOOK.STARTED_AT.lt(period.endInstant())))));
    }
}
