package dev.rapport.platform.calendar;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.CALENDAR_FEED;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tasks and appointments on a person's and a queue's calendar; moving them, audited and permission-checked. */
class CalendarServiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

    private final Kernel kernel = new Kernel();
    private final Actor agent = kernel.newActor(Role.AGENT, "sales");
    private final Customer customer = kernel.customers.create(person("Cal", unique("Endar")), agent);

    private Appointment meeting(Actor owner, LocalDate day, int hour) {
        Instant start = day.atTime(hour, 0).atZone(BERLIN).toInstant();
        return kernel.appointments.plan(new AppointmentDraft(customer.id(), Channel.MEETING, "Review", null, start,
                start.plus(Duration.ofMinutes(90)), owner.userId(), null), owner);
    }

    private List<CalendarEntry> week(Actor owner) {
        return kernel.calendar.forPerson(owner.userId(), MONDAY, MONDAY.plusDays(6), BERLIN, null, MONDAY);
    }

    private long auditEntries(String action, Object subjectId) {
        return kernel.dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(action)
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(subjectId))));
    }

    @Test
    void showsAPersonsTasksOnTheirDueDaysAndAppointmentsOnTheirLocalDaysInTheRange() {
        var task = kernel.tasks.create(new NewTask("Send offer", null, customer.id(), MONDAY.plusDays(2), null,
                agent.userId(), null), "kernel", agent);
        kernel.tasks.create(new NewTask("Next week", null, null, MONDAY.plusDays(7), null, agent.userId(), null), "kernel", agent);
        // 23:30 on Sunday in Berlin is still Sunday there, though Monday has begun in UTC+2 zones further east.
        Instant lateSunday = MONDAY.plusDays(6).atTime(23, 30).atZone(BERLIN).toInstant();
        kernel.appointments.plan(new AppointmentDraft(customer.id(), Channel.PHONE, "Late call", null, lateSunday,
                lateSunday.plus(Duration.ofMinutes(15)), agent.userId(), null), agent);

        List<CalendarEntry> entries = week(agent);

        assertThat(entries).extracting(CalendarEntry::title).containsExactly("Send offer", "Late call");
        assertThat(entries.getFirst().customerName()).isEqualTo(customer.displayName());
        assertThat(entries.getFirst().id()).isEqualTo(task.id());
        assertThat(entries.get(1).day()).isEqualTo(MONDAY.plusDays(6));
        assertThat(entries.get(1).allDay()).isFalse();
    }

    @Test
    void movingAnAppointmentKeepsItsLengthUsesTheViewersZoneAndIsAudited() {
        Appointment planned = meeting(agent, MONDAY, 9);
        CalendarEntry entry = week(agent).getFirst();

        kernel.calendar.move(entry, MONDAY.plusDays(3), LocalTime.of(14, 0), BERLIN, agent);

        Appointment moved = kernel.appointments.get(planned.id());
        assertThat(moved.startsAt()).isEqualTo(MONDAY.plusDays(3).atTime(14, 0).atZone(BERLIN).toInstant());
        assertThat(moved.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(auditEntries("APPOINTMENT_RESCHEDULED", customer.id())).isEqualTo(1);
        assertThatThrownBy(() -> kernel.calendar.move(entry, MONDAY.plusDays(4), null, BERLIN, agent))
                .as("a move over a newer change").isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("validation.changedMeanwhile"));
    }

    @Test
    void movingATaskChangesItsDueDateAndOnlyThoseWhoMayWorkOnItMayMoveIt() {
        var task = kernel.tasks.create(new NewTask("Visit", null, customer.id(), MONDAY, null, agent.userId(), null),
                "kernel", agent);
        Actor colleague = kernel.newActor(Role.AGENT, "sales");
        CalendarEntry entry = week(agent).getFirst();

        assertThatThrownBy(() -> kernel.calendar.move(entry, MONDAY.plusDays(1), null, BERLIN, colleague))
                .isInstanceOf(AccessDeniedException.class);
        kernel.calendar.move(entry, MONDAY.plusDays(1), null, BERLIN, agent);

        assertThat(kernel.tasks.get(task.id()).dueDate()).isEqualTo(MONDAY.plusDays(1));
        assertThat(auditEntries("TASK_RESCHEDULED", task.id())).isEqualTo(1);
        Appointment theirs = meeting(agent, MONDAY, 11);
        assertThatThrownBy(() -> kernel.appointments.reschedule(theirs.id(), Instant.now(), theirs.version(), colleague))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDepartmentQueueShowsWhatNobodyTookYetAndACancelledAppointmentLeavesTheCalendar() {
        var sales = kernel.departments.findByCode("sales").orElseThrow();
        Instant start = MONDAY.atTime(8, 0).atZone(BERLIN).toInstant();
        Appointment queued = kernel.appointments.plan(new AppointmentDraft(customer.id(), Channel.FIELD_VISIT,
                unique("Queued visit "), null, start, start.plus(Duration.ofHours(2)), null, sales.id()), agent);

        assertThat(kernel.calendar.forQueues(List.of(sales.id()), MONDAY, MONDAY, BERLIN, null, MONDAY))
                .extracting(CalendarEntry::id).contains(queued.id());
        kernel.appointments.cancel(queued.id(), agent);
        assertThat(kernel.calendar.forQueues(List.of(sales.id()), MONDAY, MONDAY, BERLIN, null, MONDAY))
                .extracting(CalendarEntry::id).doesNotContain(queued.id());
        assertThatThrownBy(() -> kernel.appointments.plan(new AppointmentDraft(customer.id(), Channel.MEETING, " ", null,
                start, start, agent.userId(), null), agent)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("subject", "endsAt"));
    }

    @Test
    void aFeedSecretIsStoredOnlyAsItsHashAndStopsWorkingWhenRenewedOrRevoked() {
        String first = kernel.calendarFeeds.regenerate(agent);
        assertThat(kernel.calendarFeeds.userFor(first)).hasValue(agent.userId());
        assertThat(kernel.dsl.fetchExists(CALENDAR_FEED, CALENDAR_FEED.SECRET_HASH.eq(first))).isFalse();

        String second = kernel.calendarFeeds.regenerate(agent);
        assertThat(kernel.calendarFeeds.userFor(first)).isEmpty();
        assertThat(kernel.calendarFeeds.userFor(second)).hasValue(agent.userId());

        kernel.calendarFeeds.revoke(agent);
        assertThat(kernel.calendarFeeds.userFor(second)).isEmpty();
        assertThat(kernel.calendarFeeds.createdAt(agent)).isEmpty();
        assertThat(auditEntries("CALENDAR_FEED_REVOKED", agent.userId())).isEqualTo(1);
    }
}
