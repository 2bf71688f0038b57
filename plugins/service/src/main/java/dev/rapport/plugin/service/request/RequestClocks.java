package dev.rapport.plugin.service.request;

import dev.rapport.plugin.service.sla.ClockPhase;
import dev.rapport.plugin.service.sla.ClockState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A request's two SLA clocks, first response and resolution, with the moments their warnings were given. Knows the
 * request's place in the queue (the earliest due time of a running clock) and when the SLA scan must look at it
 * next (a warning or a breach falls due).
 */
public record RequestClocks(ClockState response, Instant responseWarnedAt, ClockState resolution,
                            Instant resolutionWarnedAt) {

    /** The queue's sort key when no clock runs: after every due time. */
    public static final Instant NOT_DUE = LocalDateTime.of(9999, 12, 31, 0, 0).toInstant(ZoneOffset.UTC);

    public RequestClocks with(ClockState newResponse, ClockState newResolution) {
        return new RequestClocks(newResponse, responseWarnedAt, newResolution, resolutionWarnedAt);
    }

    /** The earliest due time of a running clock, or {@link #NOT_DUE}. */
    public Instant dueOrder() {
        Instant earliest = NOT_DUE;
        for (ClockState clock : new ClockState[] {response, resolution}) {
            if (clock.phase() == ClockPhase.RUNNING && clock.due().isBefore(earliest)) {
                earliest = clock.due();
            }
        }
        return earliest;
    }

    /** The earliest due time of a running clock, or null when none runs. */
    public Instant due() {
        Instant order = dueOrder();
        return order.equals(NOT_DUE) ? null : order;
    }

    /**
     * When the scan must next look: for each running clock, its warning time ({@code warning} before the due time)
     * until warned, then its due time until breached. Null when nothing will fall due.
     */
    public Instant scanAt(Duration warning) {
        Instant response = next(this.response, responseWarnedAt, warning);
        Instant resolution = next(this.resolution, resolutionWarnedAt, warning);
        if (response == null) {
            return resolution;
        }
        return resolution == null || response.isBefore(resolution) ? response : resolution;
    }

    private static Instant next(ClockState clock, Instant warnedAt, Duration warning) {
        if (clock.phase() != ClockPhase.RUNNING || clock.breached()) {
            return null;
        }
        return warnedAt == null ? clock.due().minus(warning) : clock.due();
    }

    public boolean breached() {
        return response.breached() || resolution.breached();
    }

    public boolean running() {
        return response.phase() == ClockPhase.RUNNING || resolution.phase() == ClockPhase.RUNNING;
    }
}
