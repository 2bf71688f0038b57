package dev.rapport.sdk.job;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When the platform starts a {@link BackgroundJob} by itself. Immutable values; compare them with
 * {@code equals}.
 *
 * @since 1.3.0
 */
public sealed interface JobSchedule {

    /**
     * Every day at {@code time} in the company's time zone ({@code company.time.zone}). On a day that skips that
     * time (daylight saving starts) it runs at the first instant after the gap; on a day that repeats it, once,
     * at the first occurrence.
     *
     * @param time the time of day
     * @return the schedule
     */
    static JobSchedule daily(LocalTime time) {
        return new Daily(time);
    }

    /**
     * Every {@code period}, counted from the start of the last run.
     *
     * @param period at least one minute
     * @return the schedule
     * @throws IllegalArgumentException when the period is shorter than a minute
     */
    static JobSchedule every(Duration period) {
        return new Every(period);
    }

    /**
     * Never by itself: only when started from the plugin's UI ({@link Jobs#start}) or by an administrator.
     *
     * @return the schedule
     */
    static JobSchedule onDemand() {
        return new OnDemand();
    }

    /**
     * Daily at a time of day in the company's time zone.
     *
     * @param time the time of day
     * @since 1.3.0
     */
    record Daily(LocalTime time) implements JobSchedule {
        /** @throws NullPointerException without a time */
        public Daily {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * At a fixed period from the last run's start.
     *
     * @param period at least one minute
     * @since 1.3.0
     */
    record Every(Duration period) implements JobSchedule {
        /** @throws IllegalArgumentException when the period is shorter than a minute */
        public Every {
            if (period == null || period.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new IllegalArgumentException("A job's period must be at least one minute: " + period);
            }
        }
    }

    /**
     * Only when started.
     *
     * @since 1.3.0
     */
    record OnDemand() implements JobSchedule {
    }
}
