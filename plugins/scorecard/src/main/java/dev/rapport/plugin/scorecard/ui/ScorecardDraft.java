package dev.rapport.plugin.scorecard.ui;

import dev.rapport.plugin.scorecard.model.CauseEffect;
import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scorecard while it is being edited: plain mutable fields the form writes into, turned into the immutable
 * {@link Scorecard} on save. Removing an objective drops the links to it and moves the links to those after it.
 */
final class ScorecardDraft {

    long id;
    long departmentId;
    int version;
    String name = "";
    DepartmentKind template;
    final List<ObjectiveDraft> objectives = new ArrayList<>();

    /** An objective being edited. */
    static final class ObjectiveDraft {
        Perspective perspective = Perspective.FINANCIAL;
        String name = "";
        BigDecimal weight = BigDecimal.ONE;
        final List<Integer> leadsTo = new ArrayList<>();
        final List<KpiDraft> kpis = new ArrayList<>();
    }

    /** A KPI being edited. */
    static final class KpiDraft {
        String metricId;
        BigDecimal weight = BigDecimal.ONE;
        final Map<PeriodKind, BigDecimal> targets = new EnumMap<>(PeriodKind.class);
        BigDecimal greenPercent = BigDecimal.valueOf(100);
        BigDecimal amberPercent = BigDecimal.valueOf(85);
    }

    static ScorecardDraft of(Scorecard scorecard) {
        ScorecardDraft draft = new ScorecardDraft();
        draft.id = scorecard.id();
        draft.departmentId = scorecard.departmentId();
        draft.version = scorecard.version();
        draft.name = scorecard.name();
        draft.template = scorecard.template();
        draft.replaceObjectives(scorecard.objectives());
        return draft;
    }

    void replaceObjectives(List<Objective> from) {
        objectives.clear();
        for (Objective objective : from) {
            ObjectiveDraft one = new ObjectiveDraft();
            one.perspective = objective.perspective();
            one.name = objective.name();
            one.weight = objective.weight();
            one.leadsTo.addAll(objective.leadsTo());
            for (Kpi kpi : objective.kpis()) {
                KpiDraft draft = new KpiDraft();
                draft.metricId = kpi.metricId();
                draft.weight = kpi.weight();
                draft.targets.putAll(kpi.targets());
                draft.greenPercent = kpi.greenPercent();
                draft.amberPercent = kpi.amberPercent();
                one.kpis.add(draft);
            }
            objectives.add(one);
        }
    }

    void removeObjective(int index) {
        objectives.remove(index);
        for (ObjectiveDraft objective : objectives) {
            List<Integer> moved = objective.leadsTo.stream().filter(other -> other != index)
                    .map(other -> other > index ? other - 1 : other).toList();
            objective.leadsTo.clear();
            objective.leadsTo.addAll(moved);
        }
    }

    /** The circle the links would make if objective {@code index} led to {@code leadsTo}, if any ({@link CauseEffect}). */
    Optional<List<Integer>> circleIf(int index, Collection<Integer> leadsTo) {
        List<Objective> links = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            links.add(new Objective(0, objectives.get(i).perspective, objectives.get(i).name, BigDecimal.ONE,
                    i == index ? List.copyOf(leadsTo) : objectives.get(i).leadsTo, List.of()));
        }
        return CauseEffect.circle(links);
    }

    Scorecard toScorecard() {
        List<Objective> list = new ArrayList<>();
        for (ObjectiveDraft objective : objectives) {
            List<Kpi> kpis = new ArrayList<>();
            for (KpiDraft kpi : objective.kpis) {
                Map<PeriodKind, BigDecimal> targets = new EnumMap<>(PeriodKind.class);
                kpi.targets.forEach((kind, target) -> {
                    if (target != null) {
                        targets.put(kind, target);
                    }
                });
                kpis.add(new Kpi(0, kpi.metricId, kpi.weight, targets, kpi.greenPercent, kpi.amberPercent));
            }
            list.add(new Objective(0, objective.perspective, objective.name, objective.weight, objective.leadsTo, kpis));
        }
        return new Scorecard(id, departmentId, name, template, list, null, version);
    }
}
