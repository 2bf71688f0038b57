package dev.rapport.platform.calendar.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.rapport.platform.calendar.CalendarEntry;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws a {@link CalendarRange} with its entries: a month as weeks of day cells, a week or a day as columns of
 * hour slots under an all-day row. Every entry is a button (keyboard: Enter opens it to move it) that can be
 * dragged onto another day cell or hour slot.
 */
final class CalendarBoard extends Div {

    /** Moves {@code entry} to {@code day}, at {@code time} (null: keep its time of day). */
    interface MoveHandler {
        void move(CalendarEntry entry, LocalDate day, LocalTime time);
    }

    private final Formats formats;
    private final MoveHandler onMove;
    private final java.util.function.Consumer<CalendarEntry> onOpen;
    private final DateTimeFormatter timeFormat;

    CalendarBoard(Formats formats, MoveHandler onMove, java.util.function.Consumer<CalendarEntry> onOpen) {
        this.formats = formats;
        this.onMove = onMove;
        this.onOpen = onOpen;
        this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(formats.locale());
        setId("calendar-board");
        addClassName("calendar-board");
        setWidthFull();
    }

    void show(CalendarRange range, List<CalendarEntry> entries, LocalDate today) {
        removeAll();
        Map<LocalDate, List<CalendarEntry>> byDay = entries.stream()
                .collect(Collectors.groupingBy(CalendarEntry::day));
        if (range.mode() == CalendarRange.Mode.MONTH) {
            showMonth(range, byDay, today);
        } else {
            showHours(range, byDay, today);
        }
    }

    private void showMonth(CalendarRange range, Map<LocalDate, List<CalendarEntry>> byDay, LocalDate today) {
        Div grid = new Div();
        grid.addClassName("calendar-month");
        range.days().stream().limit(7).forEach(day -> grid.add(weekdayHeader(day)));
        for (LocalDate day : range.days()) {
            Div cell = dropZone("calendar-day-" + day, day, null);
            cell.addClassName("calendar-day");
            if (day.getMonth() != range.anchor().getMonth()) {
                cell.addClassName("calendar-other-month");
            }
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName(day.equals(today) ? "calendar-today" : "calendar-day-number");
            cell.add(number);
            byDay.getOrDefault(day, List.of()).forEach(entry -> cell.add(entryButton(entry)));
            grid.add(cell);
        }
        add(grid);
    }

    private void showHours(CalendarRange range, Map<LocalDate, List<CalendarEntry>> byDay, LocalDate today) {
        List<LocalDate> days = range.days();
        Div grid = new Div();
        grid.addClassName("calendar-hours");
        grid.getStyle().set("grid-template-columns", "4em repeat(" + days.size() + ", minmax(0, 1fr))");
        grid.add(new Div());
        days.forEach(day -> {
            Div header = weekdayHeader(day);
            if (day.equals(today)) {
                header.addClassName("calendar-today");
            }
            grid.add(header);
        });
        grid.add(hourLabel(getTranslation("calendar.allDay")));
        ZoneId zone = formats.zone();
        for (LocalDate day : days) {
            Div allDay = dropZone("calendar-day-" + day, day, null);
            allDay.addClassName("calendar-all-day");
            byDay.getOrDefault(day, List.of()).stream().filter(CalendarEntry::allDay)
                    .forEach(entry -> allDay.add(entryButton(entry)));
            grid.add(allDay);
        }
        for (int hour = 0; hour < 24; hour++) {
            LocalTime time = LocalTime.of(hour, 0);
            grid.add(hourLabel(timeFormat.format(time)));
            for (LocalDate day : days) {
                Div slot = dropZone("calendar-slot-" + day + "-" + hour, day, time);
                slot.addClassName("calendar-slot");
                int slotHour = hour;
                byDay.getOrDefault(day, List.of()).stream()
                        .filter(entry -> !entry.allDay() && entry.startsAt().atZone(zone).getHour() == slotHour)
                        .forEach(entry -> slot.add(entryButton(entry)));
                grid.add(slot);
            }
        }
        add(grid);
    }

    private Div weekdayHeader(LocalDate day) {
        Div header = new Div(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, formats.locale()) + " "
                + formats.date(day));
        header.addClassName("calendar-weekday");
        return header;
    }

    private static Div hourLabel(String text) {
        Div label = new Div(text);
        label.addClassName("calendar-hour");
        return label;
    }

    private Div dropZone(String id, LocalDate day, LocalTime time) {
        Div zone = new Div();
        zone.setId(id);
        DropTarget<Div> target = DropTarget.create(zone);
        target.addDropListener(event -> event.getDragData().ifPresent(data -> {
            if (data instanceof CalendarEntry entry) {
                onMove.move(entry, day, entry.allDay() ? null : time);
            }
        }));
        return zone;
    }

    private Component entryButton(CalendarEntry entry) {
        Button button = new Button(label(entry), click -> onOpen.accept(entry));
        button.setId("calendar-entry-" + entry.key());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        button.addClassName(entry.allDay() ? "calendar-task" : "calendar-appointment");
        if (entry.overdue()) {
            button.addClassName("calendar-overdue");
        }
        DragSource<Button> source = DragSource.create(button);
        source.setDragData(entry);
        return button;
    }

    /** What an entry reads as, also to screen readers: its time, kind, title and customer. */
    String label(CalendarEntry entry) {
        String kind = entry.allDay() ? getTranslation("calendar.task")
                : EnumLabels.<dev.rapport.sdk.interaction.Channel>of(this).apply(entry.channel());
        String time = entry.allDay() ? "" : timeFormat.format(entry.startsAt().atZone(formats.zone())) + " ";
        String overdue = entry.overdue() ? " (" + getTranslation("task.overdue") + ")" : "";
        return time + kind + ": " + entry.title() + (entry.customerName() == null ? "" : " · " + entry.customerName())
                + overdue;
    }
}
