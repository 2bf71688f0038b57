package dev.rapport.plugin.service.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The plugin's tables keep times as UTC {@code DATETIME(3)}: an instant as it will be stored. */
public final class Times {

    private Times() {
    }

    /**
     * {@code instant} to the millisecond, as a {@code DATETIME(3)} column keeps it: what a caller gets back from a
     * write then equals what a later read returns.
     */
    public static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
