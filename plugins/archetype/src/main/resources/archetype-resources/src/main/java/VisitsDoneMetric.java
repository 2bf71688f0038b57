package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Visits done in a period (by the days they were done on); for a department, those its members recorded. */
@Extension
public final class VisitsDoneMetric implements ScorecardMetric {

    private final PluginContext context;
    private final VisitRepository visits;

    public VisitsDoneMetric(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    @Override
    public String id() {
        return "visits-done";
    }

    @Override
    public String labelKey() {
        return "${pluginId}.metric.done";
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
        var members = department.map(d -> context.staff().members(d.id()).stream().map(UserInfo::id).toList())
                .orElse(null);
        return Optional.of(BigDecimal.valueOf(visits.countDone(period.start(), period.end(), members)));
    }
}
