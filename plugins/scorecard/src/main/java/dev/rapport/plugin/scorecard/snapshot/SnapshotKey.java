package dev.rapport.plugin.scorecard.snapshot;

import dev.rapport.plugin.scorecard.model.PeriodKind;
import java.time.LocalDate;

/** A metric's period as snapshots are kept: one department (0: the company), one metric, one period. */
public record SnapshotKey(long departmentId, String metricId, PeriodKind kind, LocalDate start) {
}
