package dev.rapport.plugin.service.ui.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.agreement.ServiceCalendar;
import dev.rapport.plugin.service.sla.CalendarSpec;
import dev.rapport.plugin.service.sla.WorkingWindow;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The business-hours calendars: a time zone, working windows per weekday (e.g. {@code 09:00-12:00, 13:00-17:00})
 * and holidays, one per line as {@code 2026-12-25 Christmas Day}. Input that cannot be read is named on its field.
 */
final class CalendarAdmin extends VerticalLayout {

    private final AgreementService agreements;
    private final Grid<ServiceCalendar> grid = new Grid<>();

    CalendarAdmin(AgreementService agreements) {
        this.agreements = agreements;
        setPadding(false);
        setSizeFull();
        grid.setId("admin-calendars");
        grid.addColumn(ServiceCalendar::name).setHeader(getTranslation("service.admin.name")).setFlexGrow(2);
        grid.addColumn(calendar -> calendar.zone().getId()).setHeader(getTranslation("service.admin.zone"));
        grid.addColumn(calendar -> CalendarSpec.formatDay(calendar.windows().getOrDefault(DayOfWeek.MONDAY, List.of())))
                .setHeader(getTranslation("service.admin.monday"));
        grid.addColumn(calendar -> calendar.holidays().size()).setHeader(getTranslation("service.admin.holidays"));
        grid.addComponentColumn(calendar -> new HorizontalLayout(
                new Button(getTranslation("service.admin.edit"), click -> edit(calendar)),
                AdminForms.deleteButton(this, () -> AdminForms.confirmDelete(this, calendar.name(),
                        () -> agreements.deleteCalendar(calendar.id()), this::refresh))));
        Button create = new Button(getTranslation("service.admin.newCalendar"), VaadinIcon.PLUS.create(),
                click -> edit(new ServiceCalendar(0, "", ZoneId.of("Europe/Berlin"), Map.of(), Map.of(), 0)));
        create.setId("admin-new-calendar");
        add(create, grid);
        expand(grid);
        refresh();
    }

    private void edit(ServiceCalendar calendar) {
        TextField name = new TextField(getTranslation("service.admin.name"));
        name.setId("calendar-name");
        name.setValue(calendar.name());
        ComboBox<String> zone = new ComboBox<>(getTranslation("service.admin.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(calendar.zone().getId());
        FormLayout form = new FormLayout(name, zone);
        Map<String, HasValidation> fields = new HashMap<>(Map.of("name", name, "zone", zone));
        Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField windows = new TextField(day.getDisplayName(TextStyle.FULL, getLocale()));
            windows.setId("calendar-" + day.name().toLowerCase(java.util.Locale.ROOT));
            windows.setPlaceholder("09:00-17:00");
            windows.setValue(CalendarSpec.formatDay(calendar.windows().getOrDefault(day, List.of())));
            days.put(day, windows);
            fields.put("windows." + day.name(), windows);
            form.add(windows);
        }
        TextArea holidays = new TextArea(getTranslation("service.admin.holidays"));
        holidays.setId("calendar-holidays");
        holidays.setHelperText(getTranslation("service.admin.holidaysHelp"));
        holidays.setValue(new TreeMap<>(calendar.holidays()).entrySet().stream()
                .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining("\n")));
        fields.put("holidays", holidays);
        fields.put("windows", days.get(DayOfWeek.MONDAY));
        form.add(holidays);
        form.setColspan(holidays, 2);
        AdminForms.dialog(this, calendar.id() == 0 ? "service.admin.newCalendar" : "service.admin.editCalendar", form,
                fields, () -> agreements.saveCalendar(new ServiceCalendar(calendar.id(), name.getValue(),
                        zoneOf(zone.getValue()), windowsOf(days), holidaysOf(holidays.getValue()), calendar.version())),
                this::refresh);
    }

    private static ZoneId zoneOf(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("zone", "service.validation.required")));
        }
        return ZoneId.of(value);
    }

    private static Map<DayOfWeek, List<WorkingWindow>> windowsOf(Map<DayOfWeek, TextField> days) {
        Map<DayOfWeek, List<WorkingWindow>> windows = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, TextField> day : days.entrySet()) {
            try {
                windows.put(day.getKey(), CalendarSpec.parseDay(day.getValue().getValue()));
            } catch (IllegalArgumentException e) {
                throw new ValidationException(List.of(FieldError.of("windows." + day.getKey().name(),
                        "service.admin.windowsInvalid")));
            }
        }
        return windows;
    }

    /** Lines of {@code yyyy-mm-dd name}; blank lines are skipped. */
    static Map<LocalDate, String> holidaysOf(String text) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            try {
                String name = parts.length > 1 ? parts[1].strip() : parts[0];
                if (name.length() > 100 || holidays.put(LocalDate.parse(parts[0]), name) != null) {
                    throw new IllegalArgumentException("duplicate or too long");
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ValidationException(List.of(FieldError.of("holidays", "service.admin.holidayInvalid",
                        line.strip())));
            }
        }
        return holidays;
    }

    private void refresh() {
        grid.setItems(agreements.calendars());
    }
}
