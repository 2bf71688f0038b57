package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.acquisition.lead.LeadInteractionRepository;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.BiConsumer;

/** Logs a contact with a lead: channel, direction, subject, notes, outcome and when it happened. */
public final class ContactDialog extends Dialog {

    /** What the user entered. */
    public record Contact(Channel channel, Direction direction, String subject, String notes, Outcome outcome,
                          Instant occurredAt) {
    }

    /**
     * @param onSave receives the contact and the fields by name, to mark the ones the service refuses
     */
    public ContactDialog(Formats formats, BiConsumer<Contact, Map<String, HasValidation>> onSave) {
        setId("contact-dialog");
        setHeaderTitle(getTranslation("acquisition.contact.title"));
        Select<Channel> channel = new Select<>();
        channel.setId("contact-channel");
        channel.setLabel(getTranslation("acquisition.contact.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(LABELS.generator(this));
        channel.setValue(Channel.PHONE);
        Select<Direction> direction = new Select<>();
        direction.setId("contact-direction");
        direction.setLabel(getTranslation("acquisition.contact.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(LABELS.generator(this));
        direction.setValue(Direction.OUTBOUND);
        TextField subject = new TextField(getTranslation("acquisition.contact.subject"));
        subject.setId("contact-subject");
        subject.setMaxLength(LeadInteractionRepository.MAX_SUBJECT);
        TextArea notes = new TextArea(getTranslation("acquisition.contact.notes"));
        notes.setId("contact-notes");
        Select<Outcome> outcome = new Select<>();
        outcome.setId("contact-outcome");
        outcome.setLabel(getTranslation("acquisition.contact.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(LABELS.generator(this));
        outcome.setValue(Outcome.COMPLETED);
        DateTimePicker occurredAt = new DateTimePicker(getTranslation("acquisition.contact.occurredAt"));
        occurredAt.setId("contact-occurred-at");
        occurredAt.setValue(LocalDateTime.now(formats.zone()).withSecond(0).withNano(0));
        FormLayout form = new FormLayout(channel, direction, subject, outcome, occurredAt);
        form.add(notes, 2);
        add(form);
        Button save = new Button(getTranslation("acquisition.save"), click -> onSave.accept(new Contact(channel.getValue(),
                direction.getValue(), subject.getValue(), notes.getValue(), outcome.getValue(),
                occurredAt.getValue() == null ? null : occurredAt.getValue().atZone(formats.zone()).toInstant()),
                Map.of("channel", channel, "direction", direction, "subject", subject, "notes", notes,
                        "outcome", outcome, "occurredAt", occurredAt)));
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> close()), save);
    }
}
