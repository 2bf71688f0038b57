package dev.rapport.plugin.scorecard.read;

import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.model.Scoring;
import dev.rapport.plugin.scorecard.model.Thresholds;
import dev.rapport.plugin.scorecard.snapshot.Snapshot;
import dev.rapport.plugin.scorecard.snapshot.SnapshotKey;
import dev.rapport.plugin.scorecard.snapshot.SnapshotRepository;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.sdk.extension.CatalogMetric;
import dev.rapport.sdk.extension.MetricCatalog;
import dev.rapport.sdk.extension.MetricReading;
import dev.rapport.sdk.extension.MetricRecord;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a scorecard for a period from the snapshots: one query for all its metrics over the last
 * {@value SnapshotService#HISTORY} periods. The period read and the one before are measured live only when no
 * snapshot has them yet (a KPI added today); the trend shows gaps instead. A metric that the catalogue no longer
 * offers (its plugin uninstalled or stopped) is unavailable whatever was measured before.
 */
public final class ScorecardReader {

    private final MetricCatalog catalog;
    private final SnapshotRepository snapshots;
    private final SnapshotService snapshotService;

    public ScorecardReader(MetricCatalog catalog, SnapshotRepository snapshots, SnapshotService snapshotService) {
        this.catalog = catalog;
        this.snapshots = snapshots;
        this.snapshotService = snapshotService;
    }

    /** The scorecard of {@code department} (empty: the company's) for the period of {@code kind} containing {@code day}. */
    public ScorecardReport read(Scorecard scorecard, Optional<Department> department, String departmentName,
                                PeriodKind kind, LocalDate day) {
        LocalDate start = kind.startOf(day);
        List<LocalDate> starts = new ArrayList<>();
        for (int back = SnapshotService.HISTORY - 1; back >= 0; back--) {
            starts.add(kind.plus(start, -back));
        }
        Map<SnapshotKey, Snapshot> stored = snapshots.latest(scorecard.departmentId(), scorecard.metricIds(), kind,
                starts.get(0), start);
        Map<String, Optional<CatalogMetric>> metrics = new java.util.HashMap<>();
        scorecard.metricIds().forEach(id -> metrics.put(id, catalog.metric(id)));
        List<ObjectiveLine> objectives = new ArrayList<>();
        Map<Perspective, List<Scoring.Weighted>> byPerspective = new EnumMap<>(Perspective.class);
        List<Scoring.Weighted> all = new ArrayList<>();
        for (Objective objective : scorecard.objectives()) {
            List<KpiLine> lines = new ArrayList<>();
            for (Kpi kpi : objective.kpis()) {
                lines.add(line(scorecard.departmentId(), department, kpi, metrics.get(kpi.metricId()), kind, starts,
                        stored));
            }
            Optional<BigDecimal> score = Scoring.weightedMean(lines.stream()
                    .map(line -> new Scoring.Weighted(line.score(), line.kpi().weight())).toList());
            objectives.add(new ObjectiveLine(objective, lines, score));
            Scoring.Weighted weighted = new Scoring.Weighted(score, objective.weight());
            byPerspective.computeIfAbsent(objective.perspective(), key -> new ArrayList<>()).add(weighted);
            all.add(weighted);
        }
        Map<Perspective, Optional<BigDecimal>> perspectiveScores = new EnumMap<>(Perspective.class);
        for (Perspective perspective : Perspective.values()) {
            perspectiveScores.put(perspective, Scoring.weightedMean(byPerspective.getOrDefault(perspective, List.of())));
        }
        return new ScorecardReport(scorecard, department, departmentName, kind, start, starts, objectives, perspectiveScores,
                Scoring.weightedMean(all));
    }

    /** The records behind a KPI's value in a period, where its metric offers them. */
    public List<MetricRecord> records(String metricId, Optional<Department> department, PeriodKind kind,
                                      LocalDate start, int limit) {
        return catalog.records(metricId, department, kind.period(start, snapshotService.zone()), limit);
    }

    private KpiLine line(long departmentId, Optional<Department> department, Kpi kpi, Optional<CatalogMetric> metric,
                         PeriodKind kind, List<LocalDate> starts, Map<SnapshotKey, Snapshot> stored) {
        List<Double> trend = new ArrayList<>();
        for (LocalDate start : starts) {
            Snapshot snapshot = stored.get(new SnapshotKey(departmentId, kpi.metricId(), kind, start));
            trend.add(metric.isEmpty() || snapshot == null ? null
                    : snapshot.reading().value().map(BigDecimal::doubleValue).orElse(null));
        }
        LocalDate start = starts.get(starts.size() - 1);
        MetricReading value = reading(departmentId, department, kpi.metricId(), metric, kind, start, stored);
        MetricReading previous = reading(departmentId, department, kpi.metricId(), metric, kind, kind.plus(start, -1),
                stored);
        if (trend.get(trend.size() - 1) == null) {
            trend.set(trend.size() - 1, value.value().map(BigDecimal::doubleValue).orElse(null));
        }
        Optional<BigDecimal> target = kpi.target(kind);
        Optional<BigDecimal> achievement = value.value().isEmpty() || target.isEmpty() ? Optional.empty()
                : Thresholds.achievement(value.value().get(), target.get(),
                        metric.map(CatalogMetric::direction).orElse(dev.rapport.sdk.extension.MetricDirection.HIGHER_IS_BETTER));
        return new KpiLine(kpi, metric, value, previous, target, achievement, kpi.thresholds().light(achievement),
                Scoring.kpiScore(achievement), trend);
    }

    private MetricReading reading(long departmentId, Optional<Department> department, String metricId,
                                  Optional<CatalogMetric> metric, PeriodKind kind, LocalDate start,
                                  Map<SnapshotKey, Snapshot> stored) {
        if (metric.isEmpty()) {
            return MetricReading.unavailable();
        }
        Snapshot snapshot = stored.get(new SnapshotKey(departmentId, metricId, kind, start));
        if (snapshot != null) {
            return snapshot.reading();
        }
        return catalog.read(metricId, department, kind.period(start, snapshotService.zone()));
    }
}
