package dev.rapport.plugin.service.sla;

import static dev.rapport.plugin.service.sla.SlaGenerators.calendars;
import static dev.rapport.plugin.service.sla.SlaGenerators.instants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A clock's life as a random series of pauses, resumes, priority changes and agreement changes at random moments,
 * checked against a plain model: the business time spent is the calendar's business time of the running spells
 * (each counted by the calendar in force then), whatever the changes; a running clock is due exactly when the
 * target is used up; a pause holds the spent time still; a change of target or calendar never changes the spent
 * time.
 */
class SlaClockPropertiesTest {

    private enum Kind { PAUSE, RESUME, NEW_TARGET, NEW_AGREEMENT }

    /** One step: after {@code gap} of elapsed time, do {@code kind} (with a new target for changes). */
    private record Step(Kind kind, Duration gap, Duration newTarget) {
    }

    private static Gen<List<Step>> lives() {
        Gen<Step> step = integers().between(0, Kind.values().length - 1).zip(longs().between(0, 4 * 86_400),
                longs().between(0, 3 * 86_400), (kind, gap, target) -> new Step(Kind.values()[kind],
                        Duration.ofSeconds(gap), Duration.ofSeconds(target)));
        return lists().of(step).ofSizeBetween(0, 12);
    }

    @Test
    void spentTimeIsTheBusinessTimeOfTheRunningSpellsThroughPausesAndChanges() {
        qt().withExamples(200).forAll(calendars(), calendars(), instants(), lives())
                .checkAssert((first, second, start, steps) -> {
                    SlaClock clock = new SlaClock(first);
                    ClockState state = clock.start(start, Duration.ofHours(8));
                    Duration modelSpent = Duration.ZERO;
                    Instant spellStart = start;
                    Instant now = start;
                    for (Step step : steps) {
                        now = now.plus(step.gap());
                        boolean running = state.phase() == ClockPhase.RUNNING;
                        Duration before = clock.spentAt(state, now);
                        switch (step.kind()) {
                            case PAUSE -> {
                                if (running) {
                                    modelSpent = modelSpent.plus(clock.calendar().between(spellStart, now));
                                }
                                state = clock.pause(state, now);
                            }
                            case RESUME -> {
                                if (!running) {
                                    spellStart = now;
                                }
                                state = clock.resume(state, now);
                            }
                            case NEW_TARGET, NEW_AGREEMENT -> {
                                SlaClock next = step.kind() == Kind.NEW_AGREEMENT
                                        ? new SlaClock(clock.calendar() == first ? second : first) : clock;
                                if (running) {
                                    modelSpent = modelSpent.plus(clock.calendar().between(spellStart, now));
                                    spellStart = now;
                                }
                                state = clock.retarget(state, now, step.newTarget(), next);
                                clock = next;
                                assertThat(state.target()).isEqualTo(step.newTarget());
                            }
                        }
                        assertThat(clock.spentAt(state, now)).as("a step never changes the time spent").isEqualTo(before);
                        Duration expected = state.phase() == ClockPhase.RUNNING
                                ? modelSpent.plus(clock.calendar().between(spellStart, now)) : modelSpent;
                        assertThat(clock.spentAt(state, now)).isEqualTo(expected);
                        assertDueWhenTheTargetIsUsedUp(clock, state, now);
                    }
                });
    }

    private static void assertDueWhenTheTargetIsUsedUp(SlaClock clock, ClockState state, Instant now) {
        if (state.phase() != ClockPhase.RUNNING) {
            assertThat(state.due()).isNull();
            return;
        }
        if (clock.remainingAt(state, now).isPositive()) {
            assertThat(clock.spentAt(state, state.due())).isEqualTo(state.target());
            assertThat(clock.calendar().between(now, state.due())).isEqualTo(clock.remainingAt(state, now));
        } else {
            assertThat(state.due()).as("a clock whose target is used up is overdue").isBeforeOrEqualTo(now);
            assertThat(clock.recordBreach(state, now).breached()).isTrue();
        }
    }

    @Test
    void aPausedClockSpendsNothingHoweverLongItWaits() {
        qt().forAll(calendars(), instants(), longs().between(0, 30 * 86_400), longs().between(0, 30 * 86_400))
                .checkAssert((calendar, start, runFor, waitFor) -> {
                    SlaClock clock = new SlaClock(calendar);
                    Instant pausedAt = start.plusSeconds(runFor);
                    ClockState paused = clock.pause(clock.start(start, Duration.ofHours(4)), pausedAt);
                    assertThat(clock.spentAt(paused, pausedAt.plusSeconds(waitFor))).isEqualTo(calendar.between(start, pausedAt));
                    ClockState resumed = clock.resume(paused, pausedAt.plusSeconds(waitFor));
                    Duration left = resumed.target().minus(resumed.spent());
                    if (left.isPositive()) {
                        assertThat(resumed.due()).isEqualTo(calendar.plus(pausedAt.plusSeconds(waitFor), left));
                    }
                });
    }

    @Test
    void aRaisedPriorityIsDueAtTheNewTargetMinusTheTimeAlreadySpent() {
        qt().forAll(calendars(), instants(), longs().between(0, 8 * 3600), longs().between(60, 16 * 3600))
                .checkAssert((calendar, start, after, newTarget) -> {
                    SlaClock clock = new SlaClock(calendar);
                    ClockState state = clock.start(start, Duration.ofHours(16));
                    Instant change = calendar.plus(start, Duration.ofSeconds(after));
                    ClockState changed = clock.retarget(state, change, Duration.ofSeconds(newTarget), clock);
                    if (newTarget > after) {
                        assertThat(changed.due()).isEqualTo(calendar.plus(start, Duration.ofSeconds(newTarget)));
                        assertThat(changed.breached()).isFalse();
                    } else {
                        assertThat(changed.breachedAt()).isEqualTo(change);
                    }
                });
    }

    @Test
    void stoppingKeepsWhetherTheTargetWasMet() {
        qt().forAll(calendars(), instants(), longs().between(0, 20 * 86_400)).checkAssert((calendar, start, runFor) -> {
            SlaClock clock = new SlaClock(calendar);
            ClockState state = clock.start(start, Duration.ofHours(8));
            Instant end = start.plusSeconds(runFor);
            ClockState stopped = clock.stop(state, end);
            assertThat(stopped.phase()).isEqualTo(ClockPhase.STOPPED);
            assertThat(stopped.spent()).isEqualTo(calendar.between(start, end));
            assertThat(stopped.breached()).isEqualTo(!end.isBefore(state.due()));
            assertThat(clock.resume(stopped, end.plusSeconds(60))).isEqualTo(stopped);
            assertThat(clock.spentAt(stopped, end.plusSeconds(86_400))).isEqualTo(stopped.spent());
        });
    }

    @Test
    void theLifeOfAnExampleRequestAcrossAWeekendAndAWait() {
        BusinessCalendar office = BusinessCalendar.weekdays(java.time.ZoneId.of("Europe/Berlin"), WorkingWindow.of("09:00", "17:00"));
        SlaClock clock = new SlaClock(office);
        Instant friday15 = Instant.parse("2026-12-04T14:00:00Z");
        ClockState state = clock.start(friday15, Duration.ofHours(8));
        assertThat(state.due()).isEqualTo(Instant.parse("2026-12-07T14:00:00Z")); // Monday 15:00
        // Waiting on the customer from Friday 16:00 to Monday 12:00: 1 h spent, 7 h left from Monday noon.
        state = clock.pause(state, Instant.parse("2026-12-04T15:00:00Z"));
        state = clock.resume(state, Instant.parse("2026-12-07T11:00:00Z"));
        assertThat(state.due()).isEqualTo(Instant.parse("2026-12-08T10:00:00Z")); // Tuesday 11:00
        // Priority raised on Monday 14:00 to 4 h: 1 h + 2 h spent, 1 h left.
        state = clock.retarget(state, Instant.parse("2026-12-07T13:00:00Z"), Duration.ofHours(4), clock);
        assertThat(state.spent()).isEqualTo(Duration.ofHours(3));
        assertThat(state.due()).isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
        List<ClockState> unchanged = new ArrayList<>(List.of(clock.recordBreach(state, Instant.parse("2026-12-07T13:59:00Z"))));
        assertThat(unchanged.getFirst().breached()).isFalse();
        assertThat(clock.recordBreach(state, Instant.parse("2026-12-07T14:05:00Z")).breachedAt())
                .isEqualTo(Instant.parse("2026-12-07T14:00:00Z"));
    }
}
