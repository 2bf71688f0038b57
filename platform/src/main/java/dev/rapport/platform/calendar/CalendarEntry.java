package dev.rapport.platform.calendar;

import dev.rapport.sdk.interaction.Channel;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One item on a calendar: an open task on its due day (all day), or a planned appointment with its times.
 *
 * @param channel the appointment's channel (meeting, call, visit), null for a task
 * @param day the day it shows on, in the viewer's time zone
 * @param startsAt the appointment's start, null for a task
 * @param endsAt the appointment's end, null for a task
 * @param customerName the customer's display name, null for a task about no customer
 * @param version the row's version, so that a move over someone else's newer change is refused
 */
public record CalendarEntry(Kind kind, long id, Channel channel, String title, Long customerId, String customerName,
                            LocalDate day, Instant startsAt, Instant endsAt, boolean overdue, int version) {

    /** What the entry is. */
    public enum Kind { TASK, APPOINTMENT }

    public boolean allDay() {
        return startsAt == null;
    }

    /** A key unique across both kinds (tasks and appointments have ids of their own). */
    public String key() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id;
    }
}
