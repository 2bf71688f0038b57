package dev.rapport.plugin.scorecard.read;

import dev.rapport.plugin.scorecard.model.Objective;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** An objective with its KPIs' lines and its score (empty when none of its KPIs has one). */
public record ObjectiveLine(Objective objective, List<KpiLine> kpis, Optional<BigDecimal> score) {

    public ObjectiveLine {
        kpis = List.copyOf(kpis);
    }
}
