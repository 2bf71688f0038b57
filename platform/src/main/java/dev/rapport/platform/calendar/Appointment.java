package dev.rapport.platform.calendar;

import dev.rapport.sdk.interaction.Channel;
import java.time.Duration;
import java.time.Instant;

/**
 * A planned contact with a customer (a meeting, call or visit) on someone's calendar or in a department's queue.
 *
 * @param ownerUserId the person it is planned for, or null when it waits in {@code departmentId}'s queue
 */
public record Appointment(long id, long customerId, Channel channel, String subject, String notes, Instant startsAt,
                          Instant endsAt, Long ownerUserId, Long departmentId, boolean cancelled, int version) {

    public Duration duration() {
        return Duration.between(startsAt, endsAt);
    }
}
