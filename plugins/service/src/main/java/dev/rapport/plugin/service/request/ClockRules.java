package dev.rapport.plugin.service.request;

import dev.rapport.plugin.service.agreement.Targets;
import dev.rapport.plugin.service.sla.SlaClock;
import java.time.Instant;
import java.util.Set;

/**
 * What happens to a request's clocks when it changes: the status decides whether they run (pausing statuses stop
 * them, resolution and closing stop them for good, reopening runs the resolution clock again), a reply stops the
 * first-response clock, and new terms (priority, agreement) retarget both keeping the time spent.
 */
final class ClockRules {

    private ClockRules() {
    }

    static RequestClocks start(SlaClock clock, Targets targets, Instant now, RequestStatus status, Set<RequestStatus> pausing) {
        RequestClocks started = new RequestClocks(clock.start(now, targets.response()), null,
                clock.start(now, targets.resolution()), null);
        return pausing.contains(status) ? pause(clock, started, now) : started;
    }

    static RequestClocks onStatus(SlaClock clock, RequestClocks clocks, RequestStatus to, Instant now,
                                  Set<RequestStatus> pausing) {
        return switch (to) {
            case RESOLVED, CLOSED -> clocks.with(clock.stop(clocks.response(), now), clock.stop(clocks.resolution(), now));
            case REOPENED -> clocks.with(clocks.response(), clock.reopen(clocks.resolution(), now));
            default -> pausing.contains(to) ? pause(clock, clocks, now)
                    : clocks.with(clock.resume(clocks.response(), now), clock.resume(clocks.resolution(), now));
        };
    }

    static RequestClocks onReply(SlaClock clock, RequestClocks clocks, Instant now) {
        return clocks.with(clock.stop(clocks.response(), now), clocks.resolution());
    }

    static RequestClocks onNewTerms(SlaClock current, SlaClock next, RequestClocks clocks, Targets targets, Instant now) {
        return clocks.with(current.retarget(clocks.response(), now, targets.response(), next),
                current.retarget(clocks.resolution(), now, targets.resolution(), next));
    }

    private static RequestClocks pause(SlaClock clock, RequestClocks clocks, Instant now) {
        return clocks.with(clock.pause(clocks.response(), now), clock.pause(clocks.resolution(), now));
    }
}
