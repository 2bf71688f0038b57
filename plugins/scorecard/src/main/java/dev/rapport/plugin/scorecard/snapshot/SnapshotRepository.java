package dev.rapport.plugin.scorecard.snapshot;

import static dev.rapport.plugin.scorecard.db.Tables.SC_SNAPSHOT;

import dev.rapport.plugin.scorecard.db.tables.records.ScSnapshotRecord;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.sdk.extension.MetricReading;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Snapshots in {@code sc_snapshot}, only ever added: the running revision 0 of a period not yet over is the one row
 * rewritten (nightly); a final revision is never changed or removed. Reads go by the primary key's prefix.
 */
public final class SnapshotRepository {

    private final DSLContext dsl;

    public SnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The newest revision of each metric and period of a department between two period starts (inclusive). */
    public Map<SnapshotKey, Snapshot> latest(long departmentId, Collection<String> metricIds, PeriodKind kind,
                                             LocalDate firstStart, LocalDate lastStart) {
        Map<SnapshotKey, Snapshot> latest = new HashMap<>();
        dsl.selectFrom(SC_SNAPSHOT).where(SC_SNAPSHOT.DEPARTMENT_ID.eq(departmentId))
                .and(SC_SNAPSHOT.METRIC_ID.in(metricIds)).and(SC_SNAPSHOT.PERIOD_KIND.eq(kind.name()))
                .and(SC_SNAPSHOT.PERIOD_START.between(firstStart, lastStart))
                .forEach(row -> latest.merge(keyOf(row), toSnapshot(row),
                        (one, other) -> one.revision() >= other.revision() ? one : other));
        return latest;
    }

    /** Whether the period has a final value. */
    public boolean hasFinal(SnapshotKey key) {
        return dsl.fetchExists(SC_SNAPSHOT, matches(key).and(SC_SNAPSHOT.REVISION.gt(0)));
    }

    /** Writes the running value of a period not yet over (revision 0), replacing the one before. */
    public void putRunning(SnapshotKey key, MetricReading reading, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        java.math.BigDecimal value = reading.value().orElse(null);
        dsl.insertInto(SC_SNAPSHOT).set(SC_SNAPSHOT.DEPARTMENT_ID, key.departmentId())
                .set(SC_SNAPSHOT.METRIC_ID, key.metricId()).set(SC_SNAPSHOT.PERIOD_KIND, key.kind().name())
                .set(SC_SNAPSHOT.PERIOD_START, key.start()).set(SC_SNAPSHOT.REVISION, 0)
                .set(SC_SNAPSHOT.STATUS, reading.status().name()).set(SC_SNAPSHOT.VALUE, value)
                .set(SC_SNAPSHOT.TAKEN_AT, at)
                .onDuplicateKeyUpdate().set(SC_SNAPSHOT.STATUS, reading.status().name())
                .set(SC_SNAPSHOT.VALUE, value).set(SC_SNAPSHOT.TAKEN_AT, at).execute();
    }

    /**
     * Adds the next final revision of a period that is over (1 when it ends, more on recomputes).
     *
     * @return the revision written
     */
    public int addFinal(SnapshotKey key, MetricReading reading, Instant now, Long userId) {
        int revision = Optional.ofNullable(dsl.select(DSL.max(SC_SNAPSHOT.REVISION)).from(SC_SNAPSHOT)
                .where(matches(key)).fetchOne(0, Integer.class)).orElse(0) + 1;
        dsl.insertInto(SC_SNAPSHOT).set(SC_SNAPSHOT.DEPARTMENT_ID, key.departmentId())
                .set(SC_SNAPSHOT.METRIC_ID, key.metricId()).set(SC_SNAPSHOT.PERIOD_KIND, key.kind().name())
                .set(SC_SNAPSHOT.PERIOD_START, key.start()).set(SC_SNAPSHOT.REVISION, revision)
                .set(SC_SNAPSHOT.STATUS, reading.status().name()).set(SC_SNAPSHOT.VALUE, reading.value().orElse(null))
                .set(SC_SNAPSHOT.TAKEN_AT, now.truncatedTo(ChronoUnit.MILLIS)).set(SC_SNAPSHOT.TAKEN_BY, userId)
                .execute();
        return revision;
    }

    private static org.jooq.Condition matches(SnapshotKey key) {
        return SC_SNAPSHOT.DEPARTMENT_ID.eq(key.departmentId()).and(SC_SNAPSHOT.METRIC_ID.eq(key.metricId()))
                .and(SC_SNAPSHOT.PERIOD_KIND.eq(key.kind().name())).and(SC_SNAPSHOT.PERIOD_START.eq(key.start()));
    }

    private static SnapshotKey keyOf(ScSnapshotRecord row) {
        return new SnapshotKey(row.getDepartmentId(), row.getMetricId(), PeriodKind.valueOf(row.getPeriodKind()),
                row.getPeriodStart());
    }

    private static Snapshot toSnapshot(ScSnapshotRecord row) {
        MetricReading.Status status = MetricReading.Status.valueOf(row.getStatus());
        MetricReading reading = status == MetricReading.Status.VALUE ? MetricReading.value(row.getValue())
                : new MetricReading(status, Optional.empty());
        return new Snapshot(keyOf(row), row.getRevision(), reading, row.getTakenAt(), row.getTakenBy());
    }
}
