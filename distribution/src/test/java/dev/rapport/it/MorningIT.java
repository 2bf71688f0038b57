package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.calendar.AppointmentDraft;
import dev.rapport.platform.calendar.AppointmentService;
import dev.rapport.platform.calendar.Appointment;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.view.SavedViewDraft;
import dev.rapport.platform.customer.view.SavedViews;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A person's morning: they sign in to the home page with their department's figures and today's work (a meeting and
 * a task due today), open an overdue task from their list, complete it on the customer's 360° view, and find the home
 * page changed: the task gone from their list and counted among the tasks completed. Then they take ten of the
 * unassigned prospects their saved view lists on the customer list, move the morning's meeting to the
 * afternoon on the calendar, and attach an offer to the customer on the 360° view's Documents tab.
 */
@ExtendWith(RapportBrowserExtension.class)
class MorningIT {

    @Test
    void anAgentWorksThroughTheirMorning(RapportServer server, WebDriver driver)
            throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "it-morning-" + suffix;
        Department team = server.platform().services().require(DepartmentDirectory.class)
                .create(code, "Morning IT team", Actor.SYSTEM);
        User agent = server.account("it-morning-" + suffix, Role.AGENT, code);
        CustomerService customers = server.platform().services().require(CustomerService.class);
        Customer mia = customers.create(new CustomerDraft(
                CustomerKind.PERSON, "Mia", "Morning-" + suffix, null, LifecycleStage.CUSTOMER, agent.id(), "en", "EUR",
                "UTC", false, List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        // "Today" is the browser's, whose time zone the application shows.
        ZoneId zone = LoginPage.open(driver, server).browserZone();
        LocalDate today = LocalDate.now(zone);
        TaskService tasks = server.platform().services().require(TaskService.class);
        long overdue = tasks.create(new NewTask("Send Mia the offer", null, mia.id(), today.minusDays(2), null,
                agent.id(), null), "kernel", Actor.SYSTEM).id();
        long dueToday = tasks.create(new NewTask("Confirm Mia's delivery date", null, mia.id(), today, null,
                agent.id(), null), "kernel", Actor.SYSTEM).id();
        Instant noon = today.atTime(12, 0).atZone(zone).toInstant();
        Appointment review = server.platform().services().require(AppointmentService.class).plan(new AppointmentDraft(mia.id(),
                Channel.MEETING, "Quarterly review", null, noon, noon.plus(Duration.ofMinutes(45)), agent.id(), null),
                Actor.SYSTEM);
        // Twelve unassigned prospects, and the agent's saved view that lists them.
        String family = "Dawn" + suffix;
        IntStream.range(0, 12).forEach(i -> customers.create(new CustomerDraft(CustomerKind.PERSON, "P" + (10 + i),
                family, null, LifecycleStage.PROSPECT, null, "en", "EUR", "UTC", false, List.of(), List.of(),
                List.of(), Set.of(), null), Actor.SYSTEM));
        String viewName = "Unassigned " + family;
        server.platform().services().require(SavedViews.class).create(new SavedViewDraft(viewName, null,
                CustomerFilter.ALL.withNamePrefix(family), CustomerSort.NAME_ASCENDING,
                List.of("name", "stage", "owner", "email")), Actor.of(agent));

        LoginPage.signIn(driver, server, agent.username(), RapportServer.PASSWORD);
        HomePage home = HomePage.current(driver);

        String department = String.valueOf(team.id());
        assertThat(home.chartsOf(department)).isEqualTo(4);
        assertThat(home.figureTotals(department, "tasksCompleted")).startsWith("Last 12 months: 0");
        assertThat(home.today()).contains("Meeting: Quarterly review · " + mia.displayName())
                .contains("Confirm Mia's delivery date").doesNotContain("Send Mia the offer");
        assertThat(home.isOverdue(overdue)).isTrue();

        home.openTask(overdue).completeTask("Send Mia the offer");

        home = HomePage.open(driver, server);
        assertThat(home.listsTask(overdue)).isFalse();
        assertThat(home.listsTask(dueToday)).isTrue();
        assertThat(home.figureTotals(department, "tasksCompleted")).startsWith("Last 12 months: 1");

        CustomerListPage list = CustomerListPage.open(driver, server).applyView(viewName);
        assertThat(list.count()).isEqualTo("12 customers");
        list.tickRows(10);
        assertThat(list.selected()).isEqualTo("10 selected");
        list.assignOwner(agent.displayName());
        assertThat(list.notification()).contains("10 changed");
        assertThat(list.owner(0)).isEqualTo(agent.displayName());
        assertThat(list.owner(9)).isEqualTo(agent.displayName());
        assertThat(list.owner(10)).isEmpty();

        CalendarPage calendar = CalendarPage.open(driver, server);
        // The short time format of en-US may put a narrow no-break space before "PM".
        assertThat(calendar.appointment(review.id())).matches("12:00\\h?PM Meeting: Quarterly review · .*");
        calendar.moveAppointment(review.id(), "3:30 PM");
        assertThat(calendar.appointment(review.id())).matches("3:30\\h?PM Meeting: Quarterly review · .*");
        assertThat(calendar.appointmentIsAt(review.id(), today.toString(), 15)).isTrue();
        assertThat(calendar.appointmentIsAt(review.id(), today.toString(), 12)).isFalse();

        Path offer = Files.createTempFile("offer-" + suffix + "-", ".txt");
        try {
            Files.writeString(offer, "Offer for Mia: 12 boxes, delivery in May.\n");
            List<String> row = Customer360Page.open(driver, server, mia.id()).attachDocument(offer)
                    .documentRow(offer.getFileName().toString());
            assertThat(row.get(2)).isEqualTo(agent.displayName());
        } finally {
            Files.deleteIfExists(offer);
        }
    }
}
