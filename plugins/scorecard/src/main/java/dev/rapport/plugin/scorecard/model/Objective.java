package dev.rapport.plugin.scorecard.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An objective under a perspective with its KPIs. {@code leadsTo} names the objectives (by their positions in the
 * scorecard's list, 0-based, ascending and each once) that it helps achieve: the cause-effect arrows of the strategy
 * map. Positions rather than ids let a scorecard that is still being built link objectives that have no id yet.
 *
 * @param id 0 until saved
 */
public record Objective(long id, Perspective perspective, String name, BigDecimal weight, List<Integer> leadsTo,
                        List<Kpi> kpis) {

    public Objective {
        leadsTo = leadsTo.stream().distinct().sorted().toList();
        kpis = List.copyOf(kpis);
    }
}
