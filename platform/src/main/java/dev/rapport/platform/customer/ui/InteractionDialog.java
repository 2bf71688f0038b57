package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.Customer;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Logs an interaction with a customer, or a correction of an earlier one (the original stays, marked corrected). */
final class InteractionDialog extends Dialog {

    static final String SOURCE = "kernel";

    private final Select<Channel> channel = new Select<>();
    private final RadioButtonGroup<Direction> direction = new RadioButtonGroup<>();
    private final ComboBox<ContactPerson> contact = new ComboBox<>();
    private final TextField subject = new TextField();
    private final TextArea notes = new TextArea();
    private final Select<Outcome> outcome = new Select<>();
    private final DateTimePicker occurredAt = new DateTimePicker();

    InteractionDialog(Customer customer, Interaction toCorrect, List<ContactPerson> contacts, Formats formats,
                      Customer360ViewLogic logic) {
        setId("interaction-dialog");
        setHeaderTitle(getTranslation(toCorrect == null ? "interaction.logTitle" : "interaction.correctTitle"));
        setWidth("min(44em, 95vw)");

        channel.setId("interaction-channel");
        channel.setLabel(getTranslation("interaction.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(EnumLabels.of(this));
        direction.setId("interaction-direction");
        direction.setLabel(getTranslation("interaction.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(EnumLabels.of(this));
        contact.setId("interaction-contact");
        contact.setLabel(getTranslation("interaction.contact"));
        contact.setItems(contacts.stream().filter(c -> c.active() || toCorrect != null && c.id() == nullToZero(toCorrect.contactId())).toList());
        contact.setItemLabelGenerator(ContactPerson::displayName);
        contact.setClearButtonVisible(true);
        contact.setVisible(!contacts.isEmpty());
        subject.setId("interaction-subject");
        subject.setLabel(getTranslation("interaction.subject"));
        subject.setMaxLength(InteractionService.MAX_SUBJECT);
        subject.setRequiredIndicatorVisible(true);
        notes.setId("interaction-notes");
        notes.setLabel(getTranslation("interaction.notes"));
        notes.setMaxLength(InteractionService.MAX_NOTES);
        outcome.setId("interaction-outcome");
        outcome.setLabel(getTranslation("interaction.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(EnumLabels.of(this));
        occurredAt.setId("interaction-occurred-at");
        occurredAt.setLabel(getTranslation("interaction.occurredAt", formats.zone().getId()));
        occurredAt.setLocale(formats.locale());

        if (toCorrect == null) {
            channel.setValue(Channel.PHONE);
            direction.setValue(Direction.OUTBOUND);
            outcome.setValue(Outcome.COMPLETED);
            occurredAt.setValue(LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.MINUTES));
        } else {
            channel.setValue(toCorrect.channel());
            direction.setValue(toCorrect.direction());
            contacts.stream().filter(c -> toCorrect.contactId() != null && c.id() == toCorrect.contactId())
                    .findFirst().ifPresent(contact::setValue);
            subject.setValue(toCorrect.subject());
            notes.setValue(toCorrect.notes() == null ? "" : toCorrect.notes());
            outcome.setValue(toCorrect.outcome());
            occurredAt.setValue(LocalDateTime.ofInstant(toCorrect.occurredAt(), formats.zone()));
            add(new Paragraph(getTranslation("interaction.correctHint")));
        }

        FormLayout form = new FormLayout(channel, direction, contact, outcome, subject, occurredAt, notes);
        form.setColspan(subject, 2);
        form.setColspan(notes, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of("channel", channel, "direction", direction, "contactId", contact,
                "subject", subject, "notes", notes, "outcome", outcome, "occurredAt", occurredAt);
        Button save = new Button(getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            InteractionDraft draft = new InteractionDraft(customer.id(), contact.getValue() == null ? null : contact.getValue().id(),
                    channel.getValue(), direction.getValue(), subject.getValue(), notes.getValue(), outcome.getValue(),
                    occurredAt.getValue() == null ? null : occurredAt.getValue().atZone(formats.zone()).toInstant(), SOURCE);
            List<FieldError> errors = logic.saveInteraction(draft, toCorrect == null ? null : toCorrect.id());
            for (FieldError error : errors) {
                HasValidation field = fields.getOrDefault(error.field(), subject);
                field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                field.setInvalid(true);
            }
            if (errors.isEmpty()) {
                close();
            }
        });
        save.setId("interaction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private static long nullToZero(Long value) {
        return value == null ? 0 : value;
    }
}
