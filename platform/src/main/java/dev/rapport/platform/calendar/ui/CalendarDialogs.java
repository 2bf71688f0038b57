package dev.rapport.platform.calendar.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.rapport.platform.calendar.AppointmentDraft;
import dev.rapport.platform.calendar.AppointmentService;
import dev.rapport.platform.calendar.CalendarEntry;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.interaction.Channel;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The calendar's dialogs: move an entry (the keyboard's way to reschedule), and plan an appointment. */
public final class CalendarDialogs {

    private CalendarDialogs() {
    }

    /** Moves {@code entry} to the chosen day (and time, for an appointment); {@code move} returns the problems. */
    static Dialog move(CalendarEntry entry, String title, ZoneId zone, Function<LocalDateTimeChoice, List<FieldError>> move,
                       Runnable cancelAppointment, String customerLink) {
        Dialog dialog = new Dialog();
        dialog.setId("calendar-move-dialog");
        dialog.setHeaderTitle(title);
        DatePicker day = new DatePicker(dialog.getTranslation("calendar.day"), entry.day());
        day.setId("calendar-move-day");
        TimePicker time = new TimePicker(dialog.getTranslation("calendar.time"));
        time.setId("calendar-move-time");
        time.setVisible(!entry.allDay());
        if (!entry.allDay()) {
            time.setValue(entry.startsAt().atZone(zone).toLocalTime());
        }
        FormLayout form = new FormLayout(day, time);
        dialog.add(form);
        if (customerLink != null) {
            Anchor customer = new Anchor(customerLink, entry.customerName());
            customer.setId("calendar-move-customer");
            dialog.add(new Paragraph(customer));
        }
        Button save = new Button(dialog.getTranslation("calendar.move"), click -> {
            day.setInvalid(false);
            List<FieldError> errors = day.getValue() == null ? List.of(FieldError.of("due", "validation.required"))
                    : move.apply(new LocalDateTimeChoice(day.getValue(), entry.allDay() ? null : time.getValue()));
            if (errors.isEmpty()) {
                dialog.close();
            } else {
                day.setErrorMessage(dialog.getTranslation(errors.getFirst().messageKey(),
                        errors.getFirst().arguments().toArray()));
                day.setInvalid(true);
            }
        });
        save.setId("calendar-move-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("form.cancel"), click -> dialog.close()));
        if (cancelAppointment != null) {
            Button cancel = new Button(dialog.getTranslation("calendar.cancelAppointment"), click -> {
                cancelAppointment.run();
                dialog.close();
            });
            cancel.setId("calendar-cancel-appointment");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            dialog.getFooter().add(cancel);
        }
        dialog.getFooter().add(save);
        return dialog;
    }

    /** A day and, for an appointment, a time of day. */
    record LocalDateTimeChoice(LocalDate day, LocalTime time) {
    }

    /**
     * Plans an appointment with customer {@code customerId} for {@code ownerUserId}, in {@code zone};
     * {@code save} stores it and returns the problems.
     */
    public static Dialog plan(long customerId, long ownerUserId, ZoneId zone,
                              Function<AppointmentDraft, List<FieldError>> save) {
        Dialog dialog = new Dialog();
        dialog.setId("appointment-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("calendar.plan"));
        Select<Channel> channel = new Select<>();
        channel.setId("appointment-channel");
        channel.setLabel(dialog.getTranslation("interaction.channel"));
        channel.setItems(Channel.MEETING, Channel.PHONE, Channel.FIELD_VISIT, Channel.CHAT, Channel.STORE);
        channel.setItemLabelGenerator(EnumLabels.of(dialog));
        channel.setValue(Channel.MEETING);
        TextField subject = new TextField(dialog.getTranslation("calendar.subject"));
        subject.setId("appointment-subject");
        subject.setMaxLength(AppointmentService.MAX_SUBJECT);
        subject.setRequiredIndicatorVisible(true);
        DatePicker day = new DatePicker(dialog.getTranslation("calendar.day"), LocalDate.now(zone).plusDays(1));
        day.setId("appointment-day");
        TimePicker time = new TimePicker(dialog.getTranslation("calendar.time"), LocalTime.of(10, 0));
        time.setId("appointment-time");
        IntegerField minutes = new IntegerField(dialog.getTranslation("calendar.minutes"));
        minutes.setId("appointment-minutes");
        minutes.setMin(5);
        minutes.setMax((int) AppointmentService.MAX_DURATION.toMinutes());
        minutes.setStep(5);
        minutes.setValue(60);
        TextArea notes = new TextArea(dialog.getTranslation("calendar.notes"));
        notes.setId("appointment-notes");
        notes.setMaxLength(AppointmentService.MAX_NOTES);
        FormLayout form = new FormLayout(channel, subject, day, time, minutes, notes);
        form.setColspan(notes, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("subject", subject, "startsAt", day, "endsAt", minutes,
                "notes", notes, "channel", channel);
        Button saveButton = new Button(dialog.getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            var start = day.getValue() == null || time.getValue() == null ? null
                    : day.getValue().atTime(time.getValue()).atZone(zone).toInstant();
            var end = start == null || minutes.getValue() == null ? null : start.plus(Duration.ofMinutes(minutes.getValue()));
            List<FieldError> errors = save.apply(new AppointmentDraft(customerId, channel.getValue(), subject.getValue(),
                    notes.getValue(), start, end, ownerUserId, null));
            for (FieldError error : errors) {
                HasValidation field = fields.getOrDefault(error.field(), subject);
                field.setErrorMessage(dialog.getTranslation(error.messageKey(), error.arguments().toArray()));
                field.setInvalid(true);
            }
            if (errors.isEmpty()) {
                dialog.close();
            }
        });
        saveButton.setId("appointment-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("form.cancel"), click -> dialog.close()), saveButton);
        return dialog;
    }
}
