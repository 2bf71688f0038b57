package dev.rapport.plugin.scorecard.demo;

import dev.rapport.plugin.scorecard.build.ScorecardRepository;
import dev.rapport.plugin.scorecard.build.Templates;
import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.CatalogMetric;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.MetricReading;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's scorecards: one per demo department from its kind's template and the company's from the management
 * template. Each KPI whose metric measures something last month gets a monthly target from that value, alternately
 * just below it (green) and well above it (red), so the demo shows both at once; the snapshot job's first tick
 * then fills twelve periods of history.
 */
public final class ScorecardDemoData {

    private static final BigDecimal EASY = new BigDecimal("0.9");
    private static final BigDecimal HARD = new BigDecimal("1.3");

    private final PluginContext context;
    private final ScorecardRepository scorecards;
    private final SnapshotService snapshots;

    public ScorecardDemoData(PluginContext context, ScorecardRepository scorecards, SnapshotService snapshots) {
        this.context = context;
        this.scorecards = scorecards;
        this.snapshots = snapshots;
    }

    /** Makes the demo data unless it was made before (see {@link PluginContext#makeDemoDataOnce}). */
    public void generateOnFirstStart() {
        context.makeDemoDataOnce(this::generate);
    }

    private void generate() {
        for (Department department : context.staff().departments()) {
            DepartmentKind.ofCode(department.code()).ifPresent(kind ->
                    create(department.id(), Optional.of(department), department.name() + " scorecard", kind));
        }
        create(Scorecard.COMPANY, Optional.empty(), "Company scorecard", DepartmentKind.MANAGEMENT);
    }

    private void create(long departmentId, Optional<Department> department, String name, DepartmentKind kind) {
        if (scorecards.findByDepartment(departmentId).isPresent()) {
            return;
        }
        LocalDate lastMonth = PeriodKind.MONTH.plus(PeriodKind.MONTH.startOf(snapshots.today()), -1);
        List<Objective> objectives = new ArrayList<>();
        int index = 0;
        for (Objective objective : Templates.objectives(kind, key -> context.i18n().get(Locale.ENGLISH, key))) {
            List<Kpi> kpis = new ArrayList<>();
            for (Kpi kpi : objective.kpis()) {
                kpis.add(withDemoTarget(kpi, department, lastMonth, index++ % 2 == 0));
            }
            objectives.add(new Objective(0, objective.perspective(), objective.name(), objective.weight(),
                    objective.leadsTo(), kpis));
        }
        scorecards.save(new Scorecard(0, departmentId, name, kind, objectives, null, 0), null, context.clock().instant());
    }

    private Kpi withDemoTarget(Kpi kpi, Optional<Department> department, LocalDate lastMonth, boolean reachable) {
        Optional<CatalogMetric> metric = context.metricCatalog().metric(kpi.metricId());
        MetricReading reading = context.metricCatalog().read(kpi.metricId(), department,
                PeriodKind.MONTH.period(lastMonth, snapshots.zone()));
        if (metric.isEmpty() || reading.value().isEmpty() || reading.value().get().signum() <= 0) {
            return kpi;
        }
        boolean higherIsBetter = metric.get().direction() == MetricDirection.HIGHER_IS_BETTER;
        BigDecimal factor = reachable == higherIsBetter ? EASY : HARD;
        BigDecimal target = reading.value().get().multiply(factor).setScale(
                reading.value().get().scale() > 0 ? 1 : 0, RoundingMode.HALF_UP);
        Map<PeriodKind, BigDecimal> targets = new EnumMap<>(PeriodKind.class);
        targets.putAll(kpi.targets());
        targets.put(PeriodKind.MONTH, target);
        return new Kpi(0, kpi.metricId(), kpi.weight(), targets, kpi.greenPercent(), kpi.amberPercent());
    }
}
