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
import dev.rapport.plugin.acquisition.campaign.CampaignTarget;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.sdk.interaction.Channel;
import java.time.LocalDateTime;
import java.util.Map;

/** Records how a target responded to the campaign. */
final class ResponseDialog extends Dialog {

    ResponseDialog(CampaignTarget target, CampaignDetailLogic logic, Formats formats) {
        setId("response-dialog");
        setHeaderTitle(getTranslation("acquisition.response.title", target.displayName()));
        Select<ResponseType> type = new Select<>();
        type.setId("response-type");
        type.setLabel(getTranslation("acquisition.response.type"));
        type.setItems(ResponseType.values());
        type.setItemLabelGenerator(LABELS.generator(this));
        type.setValue(ResponseType.REPLIED);
        Select<Channel> channel = new Select<>();
        channel.setId("response-channel");
        channel.setLabel(getTranslation("acquisition.contact.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(LABELS.generator(this));
        channel.setValue(Channel.EMAIL);
        DateTimePicker when = new DateTimePicker(getTranslation("acquisition.response.when"));
        when.setId("response-when");
        when.setValue(LocalDateTime.now(formats.zone()).withSecond(0).withNano(0));
        TextArea note = new TextArea(getTranslation("acquisition.response.note"));
        note.setId("response-note");
        note.setMaxLength(ResponseService.MAX_NOTE);
        FormLayout form = new FormLayout(type, channel, when);
        form.add(note, 2);
        add(form);
        Button save = new Button(getTranslation("acquisition.save"), click -> logic.recordResponse(target,
                new ResponseService.ResponseDetails(type.getValue(), channel.getValue(), note.getValue(),
                        when.getValue() == null ? null : when.getValue().atZone(formats.zone()).toInstant()),
                Map.<String, HasValidation>of("type", type, "channel", channel, "respondedAt", when, "note", note),
                this::close));
        save.setId("response-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> close()), save);
    }
}
