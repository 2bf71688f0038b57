package dev.rapport.plugin.scorecard.build;

import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The starting scorecards per department kind: objectives in the four perspectives linked bottom-up (learning
 * feeds processes, processes customers, customers finance; in sales the team also leads straight to winning
 * customers), each with KPIs of the kernel and the shipped plugins. A KPI whose plugin the department does not
 * use shows as unavailable until it does. Targets are given per month; for flows (counts and amounts in a period)
 * the other lengths are scaled, for rates, times and stocks they are the same.
 */
public final class Templates {

    private static final BigDecimal GREEN = BigDecimal.valueOf(100);
    private static final BigDecimal AMBER = BigDecimal.valueOf(85);

    private Templates() {
    }

    /** A KPI of a template: metric, weight and monthly target; {@code flow} scales the target with the length. */
    private record TemplateKpi(String metricId, int weight, String monthlyTarget, boolean flow) {
    }

    /** An objective of a template: its name's i18n key, its weight, the objectives it leads to. */
    private record TemplateObjective(Perspective perspective, String nameKey, int weight, List<Integer> leadsTo,
                                     List<TemplateKpi> kpis) {
    }

    /** The objectives of {@code kind}'s template, their names translated by {@code translate}. */
    public static List<Objective> objectives(DepartmentKind kind, Function<String, String> translate) {
        List<Objective> objectives = new ArrayList<>();
        for (TemplateObjective objective : template(kind)) {
            objectives.add(new Objective(0, objective.perspective(), translate.apply(objective.nameKey()),
                    BigDecimal.valueOf(objective.weight()), objective.leadsTo(),
                    objective.kpis().stream().map(Templates::kpi).toList()));
        }
        return objectives;
    }

    private static Kpi kpi(TemplateKpi kpi) {
        BigDecimal month = new BigDecimal(kpi.monthlyTarget());
        Map<PeriodKind, BigDecimal> targets = new EnumMap<>(PeriodKind.class);
        targets.put(PeriodKind.MONTH, month);
        targets.put(PeriodKind.WEEK, kpi.flow() ? month.multiply(BigDecimal.valueOf(12))
                .divide(BigDecimal.valueOf(52), 0, RoundingMode.HALF_UP) : month);
        targets.put(PeriodKind.QUARTER, kpi.flow() ? month.multiply(BigDecimal.valueOf(3)) : month);
        targets.put(PeriodKind.YEAR, kpi.flow() ? month.multiply(BigDecimal.valueOf(12)) : month);
        return new Kpi(0, kpi.metricId(), BigDecimal.valueOf(kpi.weight()), targets, GREEN, AMBER);
    }

    private static List<TemplateObjective> template(DepartmentKind kind) {
        return switch (kind) {
            case SALES -> List.of(
                    objective(Perspective.FINANCIAL, "grow-revenue", 40, List.of(),
                            flow("kernel/revenue", 2, "20000"), rate("kernel/customers", 1, "50")),
                    objective(Perspective.CUSTOMER, "win-customers", 30, List.of(0),
                            rate("acquisition/conversion-rate", 2, "25"), flow("kernel/active-customers", 1, "30")),
                    objective(Perspective.INTERNAL_PROCESS, "fast-follow-up", 20, List.of(1),
                            rate("acquisition/time-to-first-contact", 1, "2"), flow("kernel/interactions-phone", 1, "60")),
                    objective(Perspective.LEARNING_AND_GROWTH, "reliable-team", 10, List.of(1, 2),
                            rate("kernel/tasks-on-time", 1, "90")));
            case MARKETING -> List.of(
                    objective(Perspective.FINANCIAL, "profitable-campaigns", 40, List.of(),
                            rate("acquisition/campaign-roi", 2, "150"), rate("acquisition/cost-per-acquisition", 1, "200")),
                    objective(Perspective.CUSTOMER, "fill-the-funnel", 30, List.of(0),
                            flow("acquisition/new-leads", 2, "80"), flow("kernel/active-customers", 1, "30")),
                    objective(Perspective.INTERNAL_PROCESS, "reach-people", 20, List.of(1),
                            flow("kernel/interactions-email", 1, "100"), flow("kernel/interactions-web", 1, "40")),
                    objective(Perspective.LEARNING_AND_GROWTH, "reliable-team", 10, List.of(2),
                            rate("kernel/tasks-on-time", 1, "90")));
            case SERVICE -> List.of(
                    objective(Perspective.FINANCIAL, "keep-revenue", 20, List.of(), flow("kernel/revenue", 1, "10000")),
                    objective(Perspective.CUSTOMER, "keep-promises", 40, List.of(0),
                            rate("service/sla-compliance", 2, "95"), rate("service/reopen-rate", 1, "5")),
                    objective(Perspective.INTERNAL_PROCESS, "resolve-fast", 30, List.of(1),
                            rate("service/first-response-time", 1, "0.2"), rate("service/resolution-time", 1, "2"),
                            rate("service/backlog", 1, "20")),
                    objective(Perspective.LEARNING_AND_GROWTH, "reliable-team", 10, List.of(2),
                            rate("kernel/tasks-on-time", 1, "90")));
            case FIELD_OPERATIONS -> List.of(
                    objective(Perspective.FINANCIAL, "keep-revenue", 30, List.of(), flow("kernel/revenue", 1, "10000")),
                    objective(Perspective.CUSTOMER, "be-there", 30, List.of(0),
                            flow("kernel/interactions-field-visit", 2, "40"), flow("kernel/active-customers", 1, "25")),
                    objective(Perspective.INTERNAL_PROCESS, "plan-well", 30, List.of(1),
                            rate("kernel/tasks-on-time", 1, "90")),
                    objective(Perspective.LEARNING_AND_GROWTH, "stay-in-touch", 10, List.of(2),
                            flow("kernel/interactions-phone", 1, "30")));
            case MANAGEMENT -> List.of(
                    objective(Perspective.FINANCIAL, "grow-revenue", 40, List.of(),
                            flow("kernel/revenue", 2, "60000"), rate("kernel/customers", 1, "200")),
                    objective(Perspective.CUSTOMER, "keep-promises", 30, List.of(0),
                            flow("kernel/active-customers", 1, "100"), rate("service/sla-compliance", 1, "95")),
                    objective(Perspective.INTERNAL_PROCESS, "fast-follow-up", 20, List.of(1),
                            rate("acquisition/conversion-rate", 1, "25"), rate("service/resolution-time", 1, "2")),
                    objective(Perspective.LEARNING_AND_GROWTH, "reliable-team", 10, List.of(2),
                            rate("kernel/tasks-on-time", 1, "90")));
        };
    }

    private static TemplateObjective objective(Perspective perspective, String name, int weight,
                                               List<Integer> leadsTo, TemplateKpi... kpis) {
        return new TemplateObjective(perspective, "scorecard.template.objective." + name, weight, leadsTo,
                List.of(kpis));
    }

    private static TemplateKpi flow(String metricId, int weight, String monthlyTarget) {
        return new TemplateKpi(metricId, weight, monthlyTarget, true);
    }

    private static TemplateKpi rate(String metricId, int weight, String monthlyTarget) {
        return new TemplateKpi(metricId, weight, monthlyTarget, false);
    }
}
