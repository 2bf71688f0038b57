package dev.rapport.platform.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.rapport.platform.calendar.Appointment;
import dev.rapport.platform.calendar.AppointmentDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.ui.Customer360View;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.extension.HomeCard;
import dev.rapport.sdk.extension.HomeCardContent;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.interaction.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The home page: tasks with overdue ones marked, today's, recent customers, department trends, plugin cards. */
class HomeViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final Department team = ui.kernel().departments.create(unique("home"), "Home team", Actor.SYSTEM);
    private final Department others = ui.kernel().departments.create(unique("home-other"), "Other team", Actor.SYSTEM);

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static boolean present(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    @Test
    void showsOpenTasksWithTheOverdueOnesMarkedAndWhatIsDueTodayEachLeadingToItsCustomer() {
        Actor agent = ui.kernel().newActor(Role.AGENT, team.code());
        Customer anne = ui.kernel().customers.create(person("Anne", unique("Home")), agent);
        LocalDate today = LocalDate.now(KaribuUi.BROWSER_ZONE);
        long overdue = task("Send the overdue offer", anne.id(), today.minusDays(3), agent);
        long dueToday = task("Call back today", anne.id(), today, agent);
        long later = task("Plan the visit", null, today.plusDays(5), agent);
        ui.actAs(agent);

        ui.open("");

        Anchor overdueLink = _get(Anchor.class, spec -> spec.withId("home-task-" + overdue));
        assertThat(overdueLink.getHref()).isEqualTo("customers/" + anne.id());
        Div overdueRow = (Div) overdueLink.getParent().orElseThrow();
        assertThat(overdueRow.getClassNames()).contains("overdue");
        assertThat(overdueRow.getElement().getTextRecursively()).contains("overdue since");
        Div todayRow = (Div) _get(Anchor.class, spec -> spec.withId("home-task-" + dueToday)).getParent().orElseThrow();
        assertThat(todayRow.getClassNames()).doesNotContain("overdue");
        assertThat(_get(Anchor.class, spec -> spec.withId("home-task-" + later)).getHref())
                .as("a task without a customer is worked on My work").isEqualTo("my-work");
        assertThat(text("home-today")).contains("Call back today").doesNotContain("Send the overdue offer")
                .doesNotContain("Plan the visit");

        ui.open(overdueLink.getHref());
        assertThat(_find(Customer360View.class)).hasSize(1);
    }

    @Test
    void todaysCardListsTheUsersAppointmentsOfTodayByStartInTheirTimeZoneEachLeadingToItsCustomer() {
        Actor agent = ui.kernel().newActor(Role.AGENT, team.code());
        Actor colleague = ui.kernel().newActor(Role.AGENT, team.code());
        Customer anne = ui.kernel().customers.create(person("Anne", unique("Agenda")), agent);
        LocalDate today = LocalDate.now(KaribuUi.BROWSER_ZONE);
        Appointment review = appointment(anne, Channel.MEETING, "Quarterly review", today, 14, 90, agent);
        Appointment call = appointment(anne, Channel.PHONE, "Morning call", today, 9, 15, agent);
        appointment(anne, Channel.MEETING, "Tomorrow's visit", today.plusDays(1), 9, 60, agent);
        appointment(anne, Channel.MEETING, "Colleague's meeting", today, 11, 30, colleague);
        Appointment cancelled = appointment(anne, Channel.PHONE, "Cancelled call", today, 16, 15, agent);
        ui.kernel().appointments.cancel(cancelled.id(), agent);
        ui.actAs(agent);

        ui.open("");

        List<String> rows = _find(Div.class, spec -> spec.withClasses("home-appointment")).stream()
                .map(row -> row.getElement().getTextRecursively()).toList();
        assertThat(rows).containsExactly(
                time(9, 0) + "–" + time(9, 15) + " Phone: Morning call · " + anne.displayName(),
                time(14, 0) + "–" + time(15, 30) + " Meeting: Quarterly review · " + anne.displayName());
        assertThat(_get(Anchor.class, spec -> spec.withId("home-appointment-" + review.id())).getHref())
                .isEqualTo("customers/" + anne.id());
        assertThat(present("home-appointment-" + call.id())).isTrue();
        assertThat(text("home-today")).doesNotContain("Nothing planned or due today");

        ui.actAs(ui.kernel().newActor(Role.AGENT, team.code()));
        reopenHome();
        assertThat(_find(Div.class, spec -> spec.withClasses("home-appointment"))).isEmpty();
        assertThat(text("home-today")).contains("Nothing planned or due today.");
    }

    @Test
    void listsTheCustomersTheUserOpenedLastNewestFirst() {
        Actor agent = ui.kernel().newActor(Role.AGENT, team.code());
        Customer first = ui.kernel().customers.create(person("Bea", unique("RecentOne")), agent);
        Customer second = ui.kernel().customers.create(person("Carl", unique("RecentTwo")), agent);
        ui.actAs(agent);
        ui.open("");
        assertThat(text("home-recent")).contains("Customers you open appear here.");

        ui.open("customers/" + first.id());
        ui.open("customers/" + second.id());
        ui.open("");

        List<String> names = _find(Anchor.class).stream()
                .filter(link -> link.getParent().map(row -> row.getClassNames().contains("home-recent-customer"))
                        .orElse(false))
                .map(Anchor::getText).toList();
        assertThat(names).containsExactly(second.displayName(), first.displayName());
    }

    @Test
    void aManagerSeesTheKeyFiguresOfTheirDepartmentAsTrendsAnAgentThoseOfTheirOwnOnly() {
        Actor manager = ui.kernel().newActor(Role.MANAGER, team.code());
        CustomerDraft draft = person("Dora", unique("HomeFigures"));
        ui.kernel().customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), null,
                draft.stage(), manager.userId(), draft.preferredLanguage(), draft.currency(), draft.timeZone(), false,
                List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        ui.actAs(manager);

        ui.open("");

        String section = "home-figures-" + team.id();
        assertThat(text(section)).contains("Key figures: Home team");
        assertThat(text(section + "-figures-newCustomers")).contains("Last 12 months: 1 · 12 months before: 0");
        Component card = _get(Component.class, spec -> spec.withId(section + "-figures-newCustomers"));
        Div chart = _get(card, Div.class, spec -> spec.withClasses("rapport-chart"));
        assertThat(chart.getElement().getTextRecursively()).contains("Last 12 months", "12 months before");
        assertThat(_find(Div.class, spec -> spec.withClasses("rapport-chart"))).hasSize(4);

        ui.actAs(ui.kernel().newActor(Role.AGENT, team.code()));
        reopenHome();
        assertThat(text(section + "-figures-newCustomers")).contains("Last 12 months: 1");
        assertThat(present("home-figures-" + others.id())).isFalse();
        assertThat(present("home-figures-company")).isFalse();
    }

    @Test
    void aPluginCardShowsOnlyToTheDepartmentsThatUseThePlugin() {
        String pluginId = unique("homecard");
        ui.homeCards().add(pluginId, card("Leads waiting for you"));
        ui.modules().setDepartments(pluginId, Set.of(team.id()), ui.kernel().newActor(Role.ADMINISTRATOR));

        ui.actAs(ui.kernel().newActor(Role.AGENT, team.code()));
        ui.open("");
        assertThat(text("home-card-" + pluginId)).contains("Leads waiting for you", "Home team");

        ui.actAs(ui.kernel().newActor(Role.AGENT, others.code()));
        reopenHome();
        assertThat(present("home-card-" + pluginId)).isFalse();
    }

    @Test
    void aFailingOrSlowCardIsLeftOutWithANoteAndThePageStillShows() {
        String failing = unique("failingcard");
        String slow = unique("slowcard");
        ui.homeCards().add(failing, new HomeCard() {
            @Override
            public String titleKey() {
                return "home.title";
            }

            @Override
            public HomeCardContent load(UserInfo user, Locale locale) {
                throw new IllegalStateException("broken on purpose");
            }
        });
        ui.homeCards().add(slow, new HomeCard() {
            @Override
            public String titleKey() {
                return "home.title";
            }

            @Override
            public HomeCardContent load(UserInfo user, Locale locale) {
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return () -> new Span("late");
            }
        });
        Actor administrator = ui.kernel().newActor(Role.ADMINISTRATOR);
        ui.actAs(administrator);

        long started = System.nanoTime();
        ui.open("");

        assertThat((System.nanoTime() - started) / 1_000_000).as("waited for the budget, not for the slow card")
                .isLessThan(3_000);
        assertThat(present("home-tasks")).isTrue();
        assertThat(present("home-card-" + failing)).isFalse();
        assertThat(present("home-card-" + slow)).isFalse();
        assertThat(text("home-cards-missing")).contains("took too long: " + slow).contains("error: " + failing);
        assertThat(ui.pluginHealth().of(failing).orElseThrow().count()).isEqualTo(1);
    }

    /** Leaves and opens the home page again: the router keeps a view it is already showing. */
    private void reopenHome() {
        ui.open("my-work");
        ui.open("");
    }

    private long task(String title, Long customerId, LocalDate due, Actor assignee) {
        return ui.kernel().tasks.create(new NewTask(title, null, customerId, due, null, assignee.userId(), null),
                "kernel", ui.kernel().newActor(Role.ADMINISTRATOR)).id();
    }

    /** A time of day as the English user reads it ("2:00 PM"). */
    private static String time(int hour, int minute) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH)
                .format(LocalTime.of(hour, minute));
    }

    /** Planned for {@code owner} at {@code hour}:00 on {@code day} in the browser's time zone. */
    private Appointment appointment(Customer customer, Channel channel, String subject, LocalDate day, int hour,
                                    int minutes, Actor owner) {
        Instant start = day.atTime(hour, 0).atZone(KaribuUi.BROWSER_ZONE).toInstant();
        return ui.kernel().appointments.plan(new AppointmentDraft(customer.id(), channel, subject, null, start,
                start.plus(Duration.ofMinutes(minutes)), owner.userId(), null), owner);
    }

    private static HomeCard card(String text) {
        return new HomeCard() {
            @Override
            public String titleKey() {
                return "home.title";
            }

            @Override
            public HomeCardContent load(UserInfo user, Locale locale) {
                String departments = String.join(", ", user.departments().stream().map(Department::name).toList());
                return () -> new Paragraph(text + " · " + departments);
            }
        };
    }
}
