package dev.rapport.plugin.scorecard.read;

import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scorecard read for one period: its objectives' lines, a score per perspective and overall, and the starts of
 * the periods its trends cover (oldest first, the period read last).
 */
public record ScorecardReport(Scorecard scorecard, Optional<Department> department, String departmentName, PeriodKind kind, LocalDate start,
                              List<LocalDate> trendStarts, List<ObjectiveLine> objectives,
                              Map<Perspective, Optional<BigDecimal>> perspectiveScores, Optional<BigDecimal> overall) {

    public ScorecardReport {
        trendStarts = List.copyOf(trendStarts);
        objectives = List.copyOf(objectives);
        perspectiveScores = Map.copyOf(perspectiveScores);
    }

    /** The perspectives' and the overall score over the trend's periods. */
    public ScoreHistory scoreHistory() {
        return ScoreHistory.of(objectives, trendStarts.size());
    }

    /** Every KPI line in order. */
    public List<KpiLine> kpis() {
        return objectives.stream().flatMap(objective -> objective.kpis().stream()).toList();
    }
}
