package dev.rapport.plugin.scorecard.model;

import java.time.Instant;
import java.util.List;

/**
 * A department's scorecard (department 0: the whole company) with its objectives in order.
 *
 * @param id 0 until saved
 * @param template the department kind whose template it started from, or null
 * @param version the optimistic lock, compared on save
 */
public record Scorecard(long id, long departmentId, String name, DepartmentKind template, List<Objective> objectives,
                        Instant updatedAt, int version) {

    /** The department id the company's scorecard is kept under. */
    public static final long COMPANY = 0;

    public Scorecard {
        objectives = List.copyOf(objectives);
    }

    /** Every metric id the scorecard's KPIs use, each once, in order. */
    public List<String> metricIds() {
        return objectives.stream().flatMap(objective -> objective.kpis().stream()).map(Kpi::metricId).distinct()
                .toList();
    }
}
