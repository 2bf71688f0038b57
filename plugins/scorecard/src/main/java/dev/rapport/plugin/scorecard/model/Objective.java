package dev.rapport.plugin.scorecard.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * An objective under a perspective with its KPIs. {@code leadsTo} names the objective (by its position in the
 * scorecard's list, 0-based) that it helps achieve, or -1: the cause-effect arrow of the strategy map. Positions
 * rather than ids let a scorecard that is still being built link objectives that have no id yet.
 *
 * @param id 0 until saved
 */
public record Objective(long id, Perspective perspective, String name, BigDecimal weight, int leadsTo,
                        List<Kpi> kpis) {

    public Objective {
        kpis = List.copyOf(kpis);
    }
}
