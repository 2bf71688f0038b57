package dev.rapport.plugin.service.support;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** The plugin's tables keep times as UTC {@code DATETIME(3)}: conversions between those and instants. */
public final class Times {

    private Times() {
    }

    /** {@code instant} as the UTC date-time stored, to the millisecond. */
    public static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    /** A stored UTC date-time as an instant. */
    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
