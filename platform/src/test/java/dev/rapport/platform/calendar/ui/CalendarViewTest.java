package dev.rapport.platform.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.rapport.platform.calendar.Appointment;
import dev.rapport.platform.calendar.AppointmentDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The calendar page: a person's week with tasks and meetings, moving a meeting, planning one from the 360° view. */
class CalendarViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final Actor agent = ui.kernel().newActor(Role.AGENT, "sales");
    private final Customer customer = ui.kernel().customers.create(person("Wanda", unique("Week")), agent);
    private final LocalDate today = LocalDate.now(KaribuUi.BROWSER_ZONE);

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void showsTheWeeksTasksAndMeetingsAndMovesAMeetingThroughItsDialog() {
        var overdue = ui.kernel().tasks.create(new NewTask("Chase the signature", null, customer.id(), today.minusDays(1),
                null, agent.userId(), null), "kernel", agent);
        Instant start = today.atTime(LocalTime.of(23, 0)).atZone(KaribuUi.BROWSER_ZONE).toInstant();
        Appointment meeting = ui.kernel().appointments.plan(new AppointmentDraft(customer.id(), Channel.MEETING,
                "Contract review", null, start, start.plus(Duration.ofHours(1)), agent.userId(), null), agent);
        ui.actAs(agent);

        ui.open("calendar");
        _setValue(_get(Select.class, spec -> spec.withId("calendar-mode")), CalendarRange.Mode.MONTH);

        Button meetingButton = button("calendar-entry-appointment-" + meeting.id());
        assertThat(meetingButton.getText()).contains("Meeting: Contract review", customer.displayName());
        if (today.minusDays(1).getMonth() == today.getMonth()) {
            assertThat(button("calendar-entry-task-" + overdue.id()).getClassNames()).contains("calendar-overdue");
        }
        _click(meetingButton);
        _setValue(_get(DatePicker.class, spec -> spec.withId("calendar-move-day")), today.plusDays(1));
        _setValue(_get(TimePicker.class, spec -> spec.withId("calendar-move-time")), LocalTime.of(9, 30));
        _click(button("calendar-move-save"));

        assertThat(ui.kernel().appointments.get(meeting.id()).startsAt())
                .isEqualTo(today.plusDays(1).atTime(9, 30).atZone(KaribuUi.BROWSER_ZONE).toInstant());
        assertThat(_find(Button.class, spec -> spec.withId("calendar-move-save"))).isEmpty();
    }

    @Test
    void aMeetingPlannedOnTheCustomerShowsOnThePersonsCalendar() {
        ui.actAs(agent);
        ui.open("customers/" + customer.id());
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("customer-tabs"))
                .setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("tab-tasks")));
        _click(button("plan-appointment"));
        _setValue(_get(TextField.class, spec -> spec.withId("appointment-subject")), "Kick-off");
        _setValue(_get(DatePicker.class, spec -> spec.withId("appointment-day")), today);
        _setValue(_get(TimePicker.class, spec -> spec.withId("appointment-time")), LocalTime.of(13, 0));
        _setValue(_get(IntegerField.class, spec -> spec.withId("appointment-minutes")), 30);
        _click(button("appointment-save"));

        ui.open("calendar");
        _setValue(_get(Select.class, spec -> spec.withId("calendar-mode")), CalendarRange.Mode.DAY);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("calendar-slot-" + today + "-13"))
                .getElement().getTextRecursively()).contains("Kick-off");
    }

    @Test
    void theFeedDialogShowsANewLinkOnceAndRevokesIt() {
        ui.actAs(agent);
        ui.open("calendar");
        _click(button("calendar-feed"));
        assertThat(button("calendar-feed-revoke").isEnabled()).isFalse();
        _click(button("calendar-feed-create"));
        String link = _get(TextField.class, spec -> spec.withId("calendar-feed-link")).getValue();
        assertThat(link).contains("/calendar-feed/").endsWith(".ics");
        String secret = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        assertThat(ui.kernel().calendarFeeds.userFor(secret)).hasValue(agent.userId());

        _click(button("calendar-feed-revoke"));
        assertThat(ui.kernel().calendarFeeds.userFor(secret)).isEmpty();
    }
}
