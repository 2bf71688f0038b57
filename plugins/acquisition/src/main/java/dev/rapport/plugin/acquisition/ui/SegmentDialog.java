package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.acquisition.campaign.Segment;
import dev.rapport.plugin.acquisition.campaign.SegmentAudience;
import dev.rapport.plugin.acquisition.campaign.SegmentService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.UserInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Defines a segment: customers by name, stage, owner and tag, or leads by status, source and score. */
public final class SegmentDialog extends Dialog {

    public SegmentDialog(PluginContext context, SegmentService segments, Segment existing, Consumer<Long> onSaved) {
        setId("segment-dialog");
        setHeaderTitle(getTranslation(existing == null ? "acquisition.segment.new" : "acquisition.segment.edit"));
        TextField name = new TextField(getTranslation("acquisition.segment.name"));
        name.setId("segment-name");
        RadioButtonGroup<SegmentAudience> audience = new RadioButtonGroup<>(getTranslation("acquisition.segment.audience"));
        audience.setId("segment-audience");
        audience.setItems(SegmentAudience.values());
        audience.setItemLabelGenerator(LABELS.generator(this));
        TextField namePrefix = new TextField(getTranslation("acquisition.segment.namePrefix"));
        namePrefix.setId("segment-name-prefix");
        MultiSelectComboBox<LifecycleStage> stages = new MultiSelectComboBox<>(getTranslation("acquisition.segment.stages"));
        stages.setId("segment-stages");
        stages.setItems(LifecycleStage.values());
        stages.setItemLabelGenerator(LABELS.generator(this));
        ComboBox<UserInfo> owner = new ComboBox<>(getTranslation("acquisition.segment.owner"));
        owner.setId("segment-owner");
        List<UserInfo> users = context.staff().activeUsers();
        owner.setItems(users);
        owner.setItemLabelGenerator(UserInfo::displayName);
        owner.setClearButtonVisible(true);
        TextField tag = new TextField(getTranslation("acquisition.segment.tag"));
        tag.setId("segment-tag");
        MultiSelectComboBox<LeadStatus> statuses = new MultiSelectComboBox<>(getTranslation("acquisition.segment.leadStatuses"));
        statuses.setId("segment-lead-statuses");
        statuses.setItems(LeadStatus.values());
        statuses.setItemLabelGenerator(LABELS.generator(this));
        ComboBox<LeadSource> source = new ComboBox<>(getTranslation("acquisition.lead.source"));
        source.setId("segment-lead-source");
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(LABELS.generator(this));
        source.setClearButtonVisible(true);
        IntegerField minScore = new IntegerField(getTranslation("acquisition.segment.minScore"));
        minScore.setId("segment-min-score");
        Checkbox consentOnly = new Checkbox(getTranslation("acquisition.segment.consentOnly"));
        consentOnly.setId("segment-consent-only");
        FormLayout customersPart = new FormLayout(namePrefix, stages, owner, tag);
        FormLayout leadsPart = new FormLayout(statuses, source, minScore);
        audience.addValueChangeListener(change -> {
            customersPart.setVisible(change.getValue() == SegmentAudience.CUSTOMERS);
            leadsPart.setVisible(change.getValue() == SegmentAudience.LEADS);
        });
        if (existing == null) {
            audience.setValue(SegmentAudience.CUSTOMERS);
            consentOnly.setValue(true);
        } else {
            name.setValue(existing.name());
            audience.setValue(existing.audience());
            namePrefix.setValue(existing.namePrefix() == null ? "" : existing.namePrefix());
            stages.setValue(existing.stages());
            users.stream().filter(user -> existing.ownerId() != null && user.id() == existing.ownerId()).findFirst()
                    .ifPresent(owner::setValue);
            tag.setValue(existing.tag() == null ? "" : existing.tag());
            statuses.setValue(existing.leadStatuses());
            source.setValue(existing.leadSource());
            minScore.setValue(existing.minScore());
            consentOnly.setValue(existing.consentOnly());
        }
        add(new FormLayout(name, audience), customersPart, leadsPart, consentOnly);
        Button save = new Button(getTranslation("acquisition.save"), click -> {
            Segment segment = new Segment(existing == null ? 0 : existing.id(), name.getValue(), audience.getValue(),
                    namePrefix.getValue(), Set.copyOf(stages.getValue()),
                    owner.getValue() == null ? null : owner.getValue().id(), tag.getValue(), consentOnly.getValue(),
                    Set.copyOf(statuses.getValue()), source.getValue(), minScore.getValue());
            Map<String, HasValidation> fields = Map.of("name", name, "namePrefix", namePrefix, "tag", tag,
                    "minScore", minScore);
            long[] id = {0};
            if (Feedback.attempt(this, fields, () -> id[0] = segments.save(segment))) {
                Feedback.success(this, "acquisition.segment.saved");
                close();
                onSaved.accept(id[0]);
            }
        });
        save.setId("segment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> close()), save);
    }
}
