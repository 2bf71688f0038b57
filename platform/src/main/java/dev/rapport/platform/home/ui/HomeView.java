package dev.rapport.platform.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.calendar.CalendarEntry;
import dev.rapport.platform.calendar.CalendarService;
import dev.rapport.platform.figures.DepartmentFigures;
import dev.rapport.platform.figures.FigureTrends;
import dev.rapport.platform.home.RecentCustomers;
import dev.rapport.platform.plugin.HomeCards;
import dev.rapport.platform.plugin.MissingContribution;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.chart.Charts;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.TaskInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The home page after signing in: the person's open tasks (overdue ones first and marked), today's appointments and
 * the tasks due today in their time zone, the customers they opened last, the key figures of the departments they manage (administrators: the
 * whole company) as trends, and the cards of the plugins their departments use. Plugin cards load side by side
 * within {@link HomeCards#BUDGET}; one that is late or fails is left out and named. The customer list stays at
 * {@code customers}.
 */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int TASKS_SHOWN = 8;

    private final Actor actor = WebSession.actor();
    private final Formats formats = WebSession.formats();

    public HomeView(TaskService tasks, RecentCustomers recentCustomers, DepartmentFigures figures, FigureTrends trends,
                    HomeCards homeCards, ModuleAccess modules, UserDirectory users, DepartmentDirectory departments,
                    Charts charts, CalendarService calendar, Clock clock) {
        setId("home");
        LocalDate today = LocalDate.now(clock.withZone(formats.zone()));
        H2 title = new H2(getTranslation("home.greeting", actor.displayName()));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        add(title);

        // Plugins first: their cards load on other threads while the kernel's parts are read here.
        HomeCards.Gathered plugins = homeCards.load(userInfo(users, departments), getLocale(),
                pluginId -> modules.isEnabledFor(pluginId, actor));

        Set<String> sources = modules.visibleTaskSources(actor);
        List<TaskInfo> open = tasks.openAssignedTo(actor.userId(), sources, null, TASKS_SHOWN);
        List<TaskInfo> dueToday = tasks.openAssignedDueOn(actor.userId(), sources, today, TASKS_SHOWN);
        List<CalendarEntry> appointments = calendar.forPerson(actor.userId(), today, today, formats.zone(), sources, today)
                .stream().filter(entry -> entry.kind() == CalendarEntry.Kind.APPOINTMENT).toList();
        Div cards = new Div();
        cards.setId("home-cards");
        cards.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
        cards.setWidthFull();
        cards.add(new HomeCardFrame("home-tasks", getTranslation("home.tasks.title"),
                        new TaskList("home-task", open, today, formats, getTranslation("home.tasks.none")),
                        HomeCardFrame.link("my-work", getTranslation("home.tasks.all"))),
                new HomeCardFrame("home-today", getTranslation("home.today.title", formats.date(today)),
                        new AppointmentList("home-appointment", appointments, formats),
                        new TaskList("home-today-task", dueToday, today, formats,
                                appointments.isEmpty() ? getTranslation("home.today.none") : null),
                        HomeCardFrame.link("calendar", getTranslation("home.today.calendar"))),
                new HomeCardFrame("home-recent", getTranslation("home.recent.title"), recent(recentCustomers)));
        List<String> missing = new ArrayList<>();
        addPluginCards(cards, homeCards, plugins, missing);
        add(cards);
        if (!missing.isEmpty() || !plugins.missing().isEmpty()) {
            add(missingNote(plugins.missing(), missing));
        }
        for (Optional<Department> department : figureScopes(figures)) {
            String id = "home-figures-" + department.map(d -> String.valueOf(d.id())).orElse("company");
            String name = department.map(Department::name).orElseGet(() -> getTranslation("figures.company"));
            add(new DepartmentTrends(id, getTranslation("home.figures.title", name),
                    trends.keyFigures(department, YearMonth.from(today), formats.zone(), actor), charts, formats));
        }
    }

    /** Everyone sees their departments (managers those they manage); administrators the whole company instead. */
    private List<Optional<Department>> figureScopes(DepartmentFigures figures) {
        if (figures.companyVisibleTo(actor)) {
            return List.of(Optional.empty());
        }
        return figures.keyFigureDepartmentsOf(actor).stream().map(Optional::of).toList();
    }

    private Component recent(RecentCustomers recentCustomers) {
        Div list = new Div();
        list.setId("home-recent-list");
        List<RecentCustomers.Recent> recent = recentCustomers.of(actor.userId(), RecentCustomers.KEPT);
        if (recent.isEmpty()) {
            list.add(new Span(getTranslation("home.recent.none")));
        }
        for (RecentCustomers.Recent customer : recent) {
            Span when = new Span(" · " + formats.dateTime(customer.openedAt()));
            when.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
            Div row = new Div(HomeCardFrame.link("customers/" + customer.customerId(), customer.displayName()), when);
            row.addClassNames("home-recent-customer", LumoUtility.Padding.Vertical.XSMALL);
            list.add(row);
        }
        return list;
    }

    private void addPluginCards(Div cards, HomeCards homeCards, HomeCards.Gathered plugins, List<String> failed) {
        for (HomeCards.Loaded card : plugins.cards()) {
            Optional<Component> body = homeCards.render(card);
            if (body.isPresent()) {
                cards.add(new HomeCardFrame("home-card-" + card.pluginId(), getTranslation(card.titleKey()), body.get()));
            } else {
                failed.add(card.pluginId());
            }
        }
    }

    /** Names the plugins whose card is missing, so that a missing card is not mistaken for nothing to show. */
    private Span missingNote(List<MissingContribution> missing, List<String> failedToDraw) {
        String slow = names(missing.stream().filter(MissingContribution::tooSlow).map(MissingContribution::pluginId).toList());
        List<String> failed = new ArrayList<>(failedToDraw);
        missing.stream().filter(part -> !part.tooSlow()).forEach(part -> failed.add(part.pluginId()));
        String text = String.join(" ", slow.isEmpty() ? "" : getTranslation("home.cards.slow", slow),
                failed.isEmpty() ? "" : getTranslation("home.cards.failed", names(failed))).strip();
        Span note = new Span(text);
        note.setId("home-cards-missing");
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return note;
    }

    private static String names(List<String> pluginIds) {
        return pluginIds.stream().distinct().sorted().collect(Collectors.joining(", "));
    }

    /** Who the plugins' cards are for: the acting user as the SDK describes them. */
    private UserInfo userInfo(UserDirectory users, DepartmentDirectory departments) {
        String username = users.find(actor.userId()).map(User::username).orElse("");
        return new UserInfo(actor.userId(), username, actor.displayName(), actor.role(),
                actor.departmentIds().stream().flatMap(id -> departments.find(id).stream())
                        .sorted(Comparator.comparing(Department::name)).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
