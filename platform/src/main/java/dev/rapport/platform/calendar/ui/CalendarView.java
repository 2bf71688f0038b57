package dev.rapport.platform.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.calendar.AppointmentService;
import dev.rapport.platform.calendar.CalendarEntry;
import dev.rapport.platform.calendar.CalendarFeeds;
import dev.rapport.platform.calendar.CalendarService;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar of the signed-in person, or of a department queue they belong to: open tasks on their due days and
 * planned appointments at their times, by day, week or month, in the user's time zone. Entries are moved by
 * dragging them to another day or hour, or by opening one and choosing the new day and time.
 */
@Route(value = "calendar", layout = MainLayout.class)
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    /** Whose calendar is shown: the person's own ({@code departmentId} null) or a department's queue. */
    record Scope(Long departmentId, String name) {
    }

    private final CalendarService calendar;
    private final AppointmentService appointments;
    private final ModuleAccess modules;
    private final Actor actor = WebSession.actor();
    private final Formats formats = WebSession.formats();
    private final Select<Scope> scope = new Select<>();
    private final Select<CalendarRange.Mode> mode = new Select<>();
    private final H2 title = new H2();
    private final CalendarBoard board;
    private CalendarRange range;

    public CalendarView(CalendarService calendar, AppointmentService appointments, CalendarFeeds feeds,
                        DepartmentDirectory departments, ModuleAccess modules) {
        this.calendar = calendar;
        this.appointments = appointments;
        this.modules = modules;
        setSizeFull();
        range = new CalendarRange(CalendarRange.Mode.WEEK, today(), WeekFields.of(formats.locale()).getFirstDayOfWeek());
        board = new CalendarBoard(formats, this::move, this::open);

        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(null, getTranslation("calendar.mine")));
        departments.all().stream()
                .filter(department -> actor.has(Role.ADMINISTRATOR) || actor.departmentIds().contains(department.id()))
                .forEach(department -> scopes.add(new Scope(department.id(),
                        getTranslation("calendar.queueOf", department.name()))));
        scope.setId("calendar-scope");
        scope.setLabel(getTranslation("calendar.whose"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(Scope::name);
        scope.setValue(scopes.getFirst());
        scope.addValueChangeListener(event -> reload());
        mode.setId("calendar-mode");
        mode.setLabel(getTranslation("calendar.show"));
        mode.setItems(CalendarRange.Mode.values());
        mode.setItemLabelGenerator(value -> getTranslation("calendar.mode." + value.name().toLowerCase(java.util.Locale.ROOT)));
        mode.setValue(range.mode());
        mode.addValueChangeListener(event -> {
            range = range.withMode(event.getValue());
            reload();
        });
        Button previous = navigation("calendar-previous", VaadinIcon.ANGLE_LEFT, "calendar.previous", () -> range = range.previous());
        Button next = navigation("calendar-next", VaadinIcon.ANGLE_RIGHT, "calendar.next", () -> range = range.next());
        Button todayButton = new Button(getTranslation("calendar.today"), click -> {
            range = range.at(today());
            reload();
        });
        todayButton.setId("calendar-today");
        Button subscribe = new Button(getTranslation("calendar.feed"), VaadinIcon.MOBILE.create(),
                click -> new CalendarFeedDialog(feeds, actor, formats).open());
        subscribe.setId("calendar-feed");
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        title.setId("calendar-title");
        HorizontalLayout toolbar = new HorizontalLayout(scope, mode, previous, todayButton, next, subscribe);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("flex-wrap", "wrap");
        add(title, toolbar, board);
        reload();
    }

    private Button navigation(String id, VaadinIcon icon, String labelKey, Runnable step) {
        Button button = new Button(icon.create(), click -> {
            step.run();
            reload();
        });
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_ICON);
        return button;
    }

    private LocalDate today() {
        return LocalDate.now(formats.zone());
    }

    void reload() {
        var sources = modules.visibleTaskSources(actor);
        Scope whose = scope.getValue();
        List<CalendarEntry> entries = whose.departmentId() == null
                ? calendar.forPerson(actor.userId(), range.first(), range.last(), formats.zone(), sources, today())
                : calendar.forQueues(List.of(whose.departmentId()), range.first(), range.last(), formats.zone(), sources, today());
        title.setText(range.mode() == CalendarRange.Mode.DAY ? formats.date(range.first())
                : formats.date(range.first()) + " – " + formats.date(range.last()));
        board.show(range, entries, today());
    }

    private List<FieldError> move(CalendarEntry entry, LocalDate day, LocalTime time) {
        try {
            calendar.move(entry, day, time, formats.zone(), actor);
            Notifications.success(getTranslation("calendar.moved", entry.title(), formats.date(day)));
            reload();
            return List.of();
        } catch (ValidationException e) {
            Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            reload();
            return e.errors();
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("error.accessDenied"));
            return List.of(FieldError.of("due", "error.accessDenied"));
        }
    }

    private void open(CalendarEntry entry) {
        Runnable cancel = entry.kind() == CalendarEntry.Kind.APPOINTMENT ? () -> {
            try {
                appointments.cancel(entry.id(), actor);
                Notifications.success(getTranslation("calendar.cancelled", entry.title()));
            } catch (AccessDeniedException e) {
                Notifications.error(getTranslation("error.accessDenied"));
            }
            reload();
        } : null;
        CalendarDialogs.move(entry, board.label(entry), formats.zone(),
                choice -> move(entry, choice.day(), choice.time()), cancel,
                entry.customerId() == null ? null : "customers/" + entry.customerId()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " · " + getTranslation("app.name");
    }
}
