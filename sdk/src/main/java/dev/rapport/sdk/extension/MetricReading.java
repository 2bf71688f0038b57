package dev.rapport.sdk.extension;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link MetricCatalog} read: a value, an undefined value, or the metric being unavailable. Unavailable is
 * never shown as zero.
 *
 * @param status which of the three
 * @param value the value when {@link Status#VALUE}, else empty
 * @since 1.3.0
 */
public record MetricReading(Status status, Optional<BigDecimal> value) {

    /** Whether there is a value and why not. */
    public enum Status {
        /** The metric has a value. */
        VALUE,
        /** The metric ran but has no value for the period (e.g. a rate without any case). */
        UNDEFINED,
        /** The metric is unknown, its plugin does not run or is not used by the department, or it failed. */
        UNAVAILABLE
    }

    public MetricReading {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        if ((status == Status.VALUE) != value.isPresent()) {
            throw new IllegalArgumentException("A value goes with status VALUE only: " + status);
        }
    }

    /** @return a reading of {@code value} (empty: undefined) */
    public static MetricReading of(Optional<BigDecimal> value) {
        return value.map(MetricReading::value).orElseGet(() -> new MetricReading(Status.UNDEFINED, Optional.empty()));
    }

    /** @return a reading of {@code value} */
    public static MetricReading value(BigDecimal value) {
        return new MetricReading(Status.VALUE, Optional.of(value));
    }

    /** @return the unavailable reading */
    public static MetricReading unavailable() {
        return new MetricReading(Status.UNAVAILABLE, Optional.empty());
    }

    /** @return whether the metric was unavailable */
    public boolean isUnavailable() {
        return status == Status.UNAVAILABLE;
    }
}
