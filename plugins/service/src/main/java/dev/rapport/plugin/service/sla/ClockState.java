package dev.rapport.plugin.service.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What an SLA clock has to remember, as stored with the request: its target (business time), the business time
 * already spent in earlier running spells, since when it runs (while running), its due time (while running), when
 * it stopped, and when it was breached. Changing the target keeps {@code spent}: that is what makes a priority or
 * agreement change fair. Immutable; {@link SlaClock} makes the next state.
 *
 * @param target       the business time allowed
 * @param spent        business time counted before {@code runningSince} (all of it when not running)
 * @param runningSince when the current running spell began, or null
 * @param due          when the target is reached if the clock keeps running, or null when it does not run; never
 *                     before {@code runningSince} (a clock resumed after its target was used up is due at once)
 * @param stoppedAt    when the clock stopped for good, or null
 * @param breachedAt   when the target was exceeded, or null
 */
public record ClockState(Duration target, Duration spent, Instant runningSince, Instant due, Instant stoppedAt,
                         Instant breachedAt) {

    public ClockState {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(spent, "spent");
        if (target.isNegative() || spent.isNegative()) {
            throw new IllegalArgumentException("Clock durations cannot be negative");
        }
        if ((runningSince == null) != (due == null)) {
            throw new IllegalArgumentException("A running clock has a due time, a waiting one none");
        }
        if (stoppedAt != null && runningSince != null) {
            throw new IllegalArgumentException("A stopped clock does not run");
        }
    }

    public ClockPhase phase() {
        if (stoppedAt != null) {
            return ClockPhase.STOPPED;
        }
        return runningSince != null ? ClockPhase.RUNNING : ClockPhase.PAUSED;
    }

    public boolean breached() {
        return breachedAt != null;
    }

    ClockState withBreachedAt(Instant at) {
        return new ClockState(target, spent, runningSince, due, stoppedAt, at);
    }
}
