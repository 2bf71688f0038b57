package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.lead.DuplicateMatch;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadValidator;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.interaction.Channel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Captures a new lead or edits one. A new lead is checked for duplicates first: when the check finds leads or
 * customers that may be the same, the dialog lists them (with links) and saves only if the user confirms.
 */
public final class LeadFormDialog extends Dialog {

    private final LeadService leads;
    private final Lead existing;
    private final Consumer<Long> onSaved;
    private final TextField firstName = new TextField();
    private final TextField lastName = new TextField();
    private final TextField company = new TextField();
    private final TextField jobTitle = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField street = new TextField();
    private final TextField postalCode = new TextField();
    private final TextField city = new TextField();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField language = new TextField();
    private final Checkbox consent = new Checkbox();
    private final Select<LeadSource> source = new Select<>();
    private final TextField sourceDetail = new TextField();
    private final ComboBox<Campaign> campaign = new ComboBox<>();
    private final MultiSelectComboBox<ProductInfo> products = new MultiSelectComboBox<>();
    private final TextArea notes = new TextArea();
    private final Select<Channel> channel = new Select<>();
    private final Checkbox takeIt = new Checkbox();
    private final VerticalLayout duplicates = new VerticalLayout();
    private final Button save = new Button();

    /**
     * @param existing the lead to edit, or null for a new one
     * @param onSaved called with the lead's id after saving
     */
    public LeadFormDialog(PluginContext context, LeadService leads, CampaignService campaigns, Lead existing,
                          Consumer<Long> onSaved) {
        this.leads = leads;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("lead-dialog");
        setHeaderTitle(getTranslation(existing == null ? "acquisition.leadForm.new" : "acquisition.leadForm.edit"));
        setWidth("min(56em, 95vw)");
        label(firstName, "lead-first-name", "acquisition.lead.firstName");
        label(lastName, "lead-last-name", "acquisition.lead.lastName");
        label(company, "lead-company", "acquisition.lead.company");
        label(jobTitle, "lead-job-title", "acquisition.lead.jobTitle");
        email.setId("lead-email");
        email.setLabel(getTranslation("acquisition.lead.email"));
        label(phone, "lead-phone", "acquisition.lead.phone");
        label(street, "lead-street", "acquisition.lead.street");
        label(postalCode, "lead-postal-code", "acquisition.lead.postalCode");
        label(city, "lead-city", "acquisition.lead.city");
        country.setId("lead-country");
        country.setLabel(getTranslation("acquisition.lead.country"));
        Locale locale = UI.getCurrent().getLocale();
        country.setItems(Arrays.stream(Locale.getISOCountries()).sorted(Comparator.comparing(code ->
                Locale.of("", code).getDisplayCountry(locale))).toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale) + " (" + code + ")");
        country.setClearButtonVisible(true);
        label(language, "lead-language", "acquisition.lead.language");
        language.setHelperText(getTranslation("acquisition.lead.languageHelp"));
        consent.setId("lead-consent");
        consent.setLabel(getTranslation("acquisition.lead.consent"));
        source.setId("lead-source");
        source.setLabel(getTranslation("acquisition.lead.source"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(LABELS.generator(this));
        label(sourceDetail, "lead-source-detail", "acquisition.lead.sourceDetail");
        campaign.setId("lead-campaign");
        campaign.setLabel(getTranslation("acquisition.lead.campaign"));
        campaign.setItems(campaigns.recent());
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setClearButtonVisible(true);
        products.setId("lead-products");
        products.setLabel(getTranslation("acquisition.lead.interest"));
        List<ProductInfo> catalogue = context.customers().products().stream().filter(ProductInfo::active).toList();
        products.setItems(catalogue);
        products.setItemLabelGenerator(ProductInfo::name);
        notes.setId("lead-notes");
        notes.setLabel(getTranslation("acquisition.lead.notes"));
        notes.setMaxLength(LeadValidator.MAX_NOTES);
        channel.setId("lead-channel");
        channel.setLabel(getTranslation("acquisition.leadForm.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(LABELS.generator(this));
        takeIt.setId("lead-take");
        takeIt.setLabel(getTranslation("acquisition.leadForm.takeIt"));

        FormLayout form = new FormLayout(firstName, lastName, company, jobTitle, email, phone, street, postalCode, city,
                country, language, source, sourceDetail, campaign, products, consent);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        form.add(notes, 2);
        if (existing == null) {
            form.add(channel, takeIt);
            fill(LeadDraft.empty(LeadSource.PHONE_INQUIRY), catalogue);
            channel.setValue(Channel.PHONE);
        } else {
            fill(LeadDraft.of(existing, leads.productIds(existing.id())), catalogue);
        }
        duplicates.setId("lead-duplicates");
        duplicates.setPadding(false);
        duplicates.setVisible(false);
        add(form, duplicates);

        save.setText(getTranslation("acquisition.save"));
        save.setId("lead-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(false));
        Button cancel = new Button(getTranslation("acquisition.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void label(TextField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
    }

    private void fill(LeadDraft draft, List<ProductInfo> catalogue) {
        firstName.setValue(nonNull(draft.firstName()));
        lastName.setValue(nonNull(draft.lastName()));
        company.setValue(nonNull(draft.company()));
        jobTitle.setValue(nonNull(draft.jobTitle()));
        email.setValue(nonNull(draft.email()));
        phone.setValue(nonNull(draft.phone()));
        street.setValue(nonNull(draft.street()));
        postalCode.setValue(nonNull(draft.postalCode()));
        city.setValue(nonNull(draft.city()));
        country.setValue(draft.countryCode());
        language.setValue(nonNull(draft.preferredLanguage()));
        consent.setValue(draft.marketingConsent());
        source.setValue(draft.source());
        sourceDetail.setValue(nonNull(draft.sourceDetail()));
        campaign.getListDataView().getItems().filter(item -> draft.campaignId() != null && item.id() == draft.campaignId())
                .findFirst().ifPresent(campaign::setValue);
        products.setValue(catalogue.stream().filter(product -> draft.productIds().contains(product.id()))
                .collect(Collectors.toSet()));
        notes.setValue(nonNull(draft.notes()));
    }

    private LeadDraft draft() {
        return new LeadDraft(firstName.getValue(), lastName.getValue(), company.getValue(), jobTitle.getValue(),
                email.getValue(), phone.getValue(), street.getValue(), postalCode.getValue(), city.getValue(),
                country.getValue(), language.getValue(), consent.getValue(), source.getValue(), sourceDetail.getValue(),
                campaign.getValue() == null ? null : campaign.getValue().id(), notes.getValue(),
                products.getValue().stream().map(ProductInfo::id).collect(Collectors.toSet()));
    }

    private void save(boolean duplicatesConfirmed) {
        LeadDraft draft = draft();
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("firstName", firstName), Map.entry("lastName", lastName),
                Map.entry("company", company), Map.entry("jobTitle", jobTitle), Map.entry("email", email),
                Map.entry("phone", phone), Map.entry("street", street), Map.entry("postalCode", postalCode),
                Map.entry("city", city), Map.entry("countryCode", country), Map.entry("preferredLanguage", language),
                Map.entry("source", source), Map.entry("sourceDetail", sourceDetail), Map.entry("campaignId", campaign),
                Map.entry("productIds", products), Map.entry("notes", notes));
        Feedback.attempt(this, fields, () -> {
            if (existing != null) {
                leads.update(existing.id(), existing.version(), draft);
                saved(existing.id());
                return;
            }
            switch (leads.capture(draft, channel.getValue(), takeIt.getValue(), duplicatesConfirmed)) {
                case CaptureResult.Captured captured -> saved(captured.leadId());
                case CaptureResult.PossibleDuplicates possible -> showDuplicates(possible.matches());
            }
        });
    }

    private void saved(long leadId) {
        Feedback.success(this, "acquisition.leadForm.saved");
        close();
        onSaved.accept(leadId);
    }

    private void showDuplicates(List<DuplicateMatch> matches) {
        duplicates.removeAll();
        duplicates.add(new Paragraph(getTranslation("acquisition.duplicates.found")));
        for (DuplicateMatch match : matches) {
            String target = match.kind() == DuplicateMatch.Kind.LEAD ? AcquisitionNavigation.lead(match.id())
                    : "customers/" + match.id();
            Anchor link = new Anchor(target, getTranslation("acquisition.duplicates." + match.kind().name(),
                    match.displayName(), LABELS.of(this, match.reason())));
            link.setTarget("_blank");
            link.addClassName("lead-duplicate");
            duplicates.add(link);
        }
        Button anyway = new Button(getTranslation("acquisition.duplicates.saveAnyway"), click -> save(true));
        anyway.setId("lead-save-anyway");
        anyway.addThemeVariants(ButtonVariant.LUMO_ERROR);
        duplicates.add(anyway);
        duplicates.setVisible(true);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
