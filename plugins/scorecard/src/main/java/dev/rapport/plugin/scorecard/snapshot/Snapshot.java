package dev.rapport.plugin.scorecard.snapshot;

import dev.rapport.sdk.extension.MetricReading;
import java.time.Instant;

/**
 * A stored measurement: revision 0 is the running value of a period not yet over, 1 the value taken when it
 * ended, higher ones recomputes. Never changed once its period is over.
 */
public record Snapshot(SnapshotKey key, int revision, MetricReading reading, Instant takenAt, Long takenBy) {

    public boolean isFinal() {
        return revision > 0;
    }
}
