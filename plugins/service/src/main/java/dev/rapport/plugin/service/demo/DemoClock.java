package dev.rapport.plugin.service.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The clock the demo data is made on: set to moments in the past, so requests have a believable history. */
final class DemoClock extends Clock {

    private Instant now;

    DemoClock(Instant start) {
        this.now = start;
    }

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The demo clock is UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
