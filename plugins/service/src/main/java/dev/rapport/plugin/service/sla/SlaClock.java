package dev.rapport.plugin.service.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The arithmetic of one SLA clock (first response or resolution) in the business time of a calendar: start, pause,
 * resume, change of target (priority) or of calendar (agreement), stop, and how much is spent at a given moment.
 * Each operation first banks the business time of the running spell, so a change never loses time already spent,
 * and the new due time is the new target minus what was spent, counted forward in business time from the change.
 * A clock whose target is used up at a change is breached at that moment (if it was not before).
 *
 * <p>Immutable and thread-safe; the state lives in {@link ClockState}.
 */
public final class SlaClock {

    private final BusinessCalendar calendar;

    public SlaClock(BusinessCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public ClockState start(Instant now, Duration target) {
        return running(target, Duration.ZERO, now, null);
    }

    /** Stops counting; the running spell's business time is kept. Pausing a clock that does not run changes nothing. */
    public ClockState pause(ClockState state, Instant now) {
        if (state.phase() != ClockPhase.RUNNING) {
            return state;
        }
        return new ClockState(state.target(), spentAt(state, now), null, null, null, breachAt(state, now));
    }

    /** Counts again from {@code now}; resuming a running or stopped clock changes nothing. */
    public ClockState resume(ClockState state, Instant now) {
        if (state.phase() != ClockPhase.PAUSED) {
            return state;
        }
        return running(state.target(), state.spent(), now, state.breachedAt());
    }

    /**
     * A new target (the priority changed) and, with {@code next}, perhaps a new calendar (the agreement changed):
     * the time spent so far is counted by this clock's calendar and kept; from now on {@code next}'s calendar counts.
     * A paused clock stays paused with the new target; a stopped one is not changed.
     */
    public ClockState retarget(ClockState state, Instant now, Duration newTarget, SlaClock next) {
        return switch (state.phase()) {
            case STOPPED -> state;
            case PAUSED -> new ClockState(newTarget, state.spent(), null, null, null,
                    state.breachedAt() != null || state.spent().compareTo(newTarget) < 0 ? state.breachedAt() : now);
            case RUNNING -> next.running(newTarget, spentAt(state, now), now, breachAt(state, now));
        };
    }

    /** Stops the clock for good (the response was given, the request resolved). */
    public ClockState stop(ClockState state, Instant now) {
        if (state.phase() == ClockPhase.STOPPED) {
            return state;
        }
        Duration spent = spentAt(state, now);
        Instant breached = state.phase() == ClockPhase.RUNNING ? breachAt(state, now) : state.breachedAt();
        return new ClockState(state.target(), spent, null, null, now, breached);
    }

    /** Runs a stopped clock again (a reopened request), keeping the time it had spent; other clocks are unchanged. */
    public ClockState reopen(ClockState state, Instant now) {
        if (state.phase() != ClockPhase.STOPPED) {
            return state;
        }
        return running(state.target(), state.spent(), now, state.breachedAt());
    }

    /** The business time spent up to {@code now}: the banked time plus the running spell's. */
    public Duration spentAt(ClockState state, Instant now) {
        if (state.phase() != ClockPhase.RUNNING || !now.isAfter(state.runningSince())) {
            return state.spent();
        }
        return state.spent().plus(calendar.between(state.runningSince(), now));
    }

    /** The business time left before the target is reached at {@code now}; negative when it is exceeded. */
    public Duration remainingAt(ClockState state, Instant now) {
        return state.target().minus(spentAt(state, now));
    }

    /** The state with its breach recorded, if the clock ran past its due time by {@code now}; otherwise unchanged. */
    public ClockState recordBreach(ClockState state, Instant now) {
        if (state.breached() || state.phase() != ClockPhase.RUNNING || now.isBefore(state.due())) {
            return state;
        }
        return state.withBreachedAt(state.due());
    }

    private ClockState running(Duration target, Duration spent, Instant now, Instant breachedAt) {
        Duration remaining = target.minus(spent);
        if (remaining.isNegative() || remaining.isZero()) {
            return new ClockState(target, spent, now, now, null, breachedAt != null ? breachedAt : now);
        }
        return new ClockState(target, spent, now, calendar.plus(now, remaining), null, breachedAt);
    }

    /** When a running clock's target was exceeded, if it was by {@code now}: its due time. */
    private Instant breachAt(ClockState state, Instant now) {
        if (state.breachedAt() != null) {
            return state.breachedAt();
        }
        return now.isBefore(state.due()) ? null : state.due();
    }
}
