package dev.rapport.platform.calendar;

import dev.rapport.sdk.interaction.Channel;
import java.time.Instant;

/** An appointment to plan: for exactly one of a person ({@code ownerUserId}) or a department queue. */
public record AppointmentDraft(long customerId, Channel channel, String subject, String notes, Instant startsAt,
                               Instant endsAt, Long ownerUserId, Long departmentId) {
}
