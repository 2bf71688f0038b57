package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Formats;
import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignDraft;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Plans a campaign or changes one: name, objective, channels, period, budget, actual cost and department. */
public final class CampaignFormDialog extends Dialog {

    /**
     * @param existing the campaign to change, or null for a new one
     * @param onSaved called with the campaign's id after saving
     */
    public CampaignFormDialog(PluginContext context, CampaignService campaigns, Campaign existing, Consumer<Long> onSaved) {
        setId("campaign-dialog");
        setHeaderTitle(getTranslation(existing == null ? "acquisition.campaignForm.new" : "acquisition.campaignForm.edit"));
        setWidth("min(48em, 95vw)");
        String currency = existing == null ? campaigns.currency() : existing.currency();
        TextField name = new TextField(getTranslation("acquisition.campaign.name"));
        name.setId("campaign-name");
        name.setMaxLength(CampaignService.MAX_NAME);
        TextArea objective = new TextArea(getTranslation("acquisition.campaign.objective"));
        objective.setId("campaign-objective");
        MultiSelectComboBox<CampaignChannel> channels = new MultiSelectComboBox<>(getTranslation("acquisition.campaign.channels"));
        channels.setId("campaign-channels");
        channels.setItems(CampaignChannel.values());
        channels.setItemLabelGenerator(LABELS.generator(this));
        DatePicker startsOn = new DatePicker(getTranslation("acquisition.campaign.startsOn"));
        startsOn.setId("campaign-starts-on");
        DatePicker endsOn = new DatePicker(getTranslation("acquisition.campaign.endsOn"));
        endsOn.setId("campaign-ends-on");
        BigDecimalField budget = new BigDecimalField(getTranslation("acquisition.campaign.budget", currency));
        budget.setId("campaign-budget");
        BigDecimalField actualCost = new BigDecimalField(getTranslation("acquisition.campaign.actualCost", currency));
        actualCost.setId("campaign-actual-cost");
        ComboBox<Department> department = new ComboBox<>(getTranslation("acquisition.campaign.department"));
        department.setId("campaign-department");
        department.setItems(context.staff().departments());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        if (existing != null) {
            name.setValue(existing.name());
            objective.setValue(existing.objective() == null ? "" : existing.objective());
            channels.setValue(existing.channels());
            startsOn.setValue(existing.startsOn());
            endsOn.setValue(existing.endsOn());
            budget.setValue(existing.budget());
            actualCost.setValue(existing.actualCost());
            context.staff().departments().stream()
                    .filter(d -> existing.departmentId() != null && d.id() == existing.departmentId())
                    .findFirst().ifPresent(department::setValue);
        } else {
            startsOn.setValue(LocalDate.now(Formats.current().zone()));
            budget.setValue(BigDecimal.ZERO);
            actualCost.setValue(BigDecimal.ZERO);
        }
        FormLayout form = new FormLayout(name, channels, startsOn, endsOn, budget, actualCost, department);
        form.add(objective, 2);
        add(form);
        Button save = new Button(getTranslation("acquisition.save"), click -> {
            CampaignDraft draft = new CampaignDraft(name.getValue(), objective.getValue(), Set.copyOf(channels.getValue()),
                    startsOn.getValue(), endsOn.getValue(), budget.getValue(), actualCost.getValue(),
                    department.getValue() == null ? null : department.getValue().id());
            Map<String, HasValidation> fields = Map.of("name", name, "objective", objective, "channels", channels,
                    "startsOn", startsOn, "endsOn", endsOn, "budget", budget, "actualCost", actualCost,
                    "departmentId", department);
            long[] id = {existing == null ? 0 : existing.id()};
            if (Feedback.attempt(this, fields, () -> {
                if (existing == null) {
                    id[0] = campaigns.create(draft);
                } else {
                    campaigns.update(existing.id(), existing.version(), draft);
                }
            })) {
                Feedback.success(this, "acquisition.campaignForm.saved");
                close();
                onSaved.accept(id[0]);
            }
        });
        save.setId("campaign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> close()), save);
    }
}
