package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.capture.WebForm;
import dev.rapport.plugin.acquisition.capture.WebFormEndpoint;
import dev.rapport.plugin.acquisition.capture.WebFormService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The web forms a website posts leads with: their tokens, the address to post to and an HTML example; managers
 * add, change, re-key and delete them. Shown for one campaign (its forms record responses to it) or for all.
 */
final class WebFormsPanel extends VerticalLayout {

    private final WebFormService forms;
    private final List<Campaign> campaigns;
    private final Campaign fixedCampaign;
    private final Grid<WebForm> grid = new Grid<>();

    /**
     * @param fixedCampaign the campaign whose forms to show (new ones belong to it), or null for every form
     */
    WebFormsPanel(WebFormService forms, List<Campaign> campaigns, Campaign fixedCampaign, boolean manager) {
        this.forms = forms;
        this.campaigns = campaigns;
        this.fixedCampaign = fixedCampaign;
        setId("web-forms");
        setPadding(false);
        String endpoint = endpointAddress();
        Map<Long, String> campaignNames = campaigns.stream().collect(Collectors.toMap(Campaign::id, Campaign::name,
                (a, b) -> a));
        grid.setId("web-form-grid");
        grid.addColumn(WebForm::name).setHeader(getTranslation("acquisition.webForm.name")).setFlexGrow(2);
        if (fixedCampaign == null) {
            grid.addColumn(form -> form.campaignId() == null ? "" : campaignNames.getOrDefault(form.campaignId(), ""))
                    .setHeader(getTranslation("acquisition.lead.campaign"));
        }
        grid.addColumn(form -> form.responseType() == null ? "" : LABELS.of(this, form.responseType()))
                .setHeader(getTranslation("acquisition.response.type"));
        grid.addComponentColumn(form -> {
            TextField token = new TextField();
            token.setId("web-form-token-" + form.id());
            token.setValue(form.token());
            token.setReadOnly(true);
            token.setWidthFull();
            return token;
        }).setHeader(getTranslation("acquisition.webForm.token")).setFlexGrow(3);
        grid.addColumn(form -> getTranslation(form.active() ? "acquisition.yes" : "acquisition.no"))
                .setHeader(getTranslation("acquisition.webForm.active"));
        if (manager) {
            grid.addComponentColumn(this::actions).setFlexGrow(0).setWidth("10em");
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("acquisition.webForm.none"));
        Button create = new Button(getTranslation("acquisition.webForm.new"), VaadinIcon.PLUS.create(),
                click -> edit(null));
        create.setId("web-form-new");
        create.setVisible(manager);
        Paragraph address = new Paragraph(getTranslation("acquisition.webForm.address", endpoint));
        address.setId("web-form-address");
        Pre example = new Pre(exampleHtml(endpoint));
        example.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("overflow", "auto");
        add(create, grid, address, new Paragraph(getTranslation("acquisition.webForm.example")), example);
        refresh();
    }

    private HorizontalLayout actions(WebForm form) {
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit(form));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("acquisition.edit"));
        Button rekey = new Button(VaadinIcon.KEY.create(), click -> Confirmation.ask(this, "acquisition-confirm",
                "acquisition.webForm.newToken",
                getTranslation("acquisition.webForm.newTokenQuestion", form.name()), "acquisition.webForm.newToken", () -> {
                    if (Feedback.attempt(this, Map.of(), () -> forms.replaceToken(form.id()))) {
                        refresh();
                    }
                }));
        rekey.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        rekey.setAriaLabel(getTranslation("acquisition.webForm.newToken"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirmation.ask(this, "acquisition-confirm",
                "acquisition.webForm.delete",
                getTranslation("acquisition.webForm.deleteQuestion", form.name()), "acquisition.delete", () -> {
                    if (Feedback.attempt(this, Map.of(), () -> forms.delete(form.id()))) {
                        refresh();
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("acquisition.delete"));
        return new HorizontalLayout(edit, rekey, delete);
    }

    private void refresh() {
        grid.setItems(forms.all().stream().filter(form -> fixedCampaign == null
                || (form.campaignId() != null && form.campaignId() == fixedCampaign.id())).toList());
    }

    private void edit(WebForm existing) {
        Dialog dialog = new Dialog();
        dialog.setId("web-form-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "acquisition.webForm.new" : "acquisition.webForm.edit"));
        TextField name = new TextField(getTranslation("acquisition.webForm.name"));
        name.setId("web-form-name");
        ComboBox<Campaign> campaign = new ComboBox<>(getTranslation("acquisition.lead.campaign"));
        campaign.setId("web-form-campaign");
        campaign.setItems(campaigns);
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setClearButtonVisible(true);
        campaign.setVisible(fixedCampaign == null);
        Select<ResponseType> type = new Select<>();
        type.setId("web-form-response-type");
        type.setLabel(getTranslation("acquisition.webForm.responseType"));
        type.setItems(ResponseType.values());
        type.setItemLabelGenerator(LABELS.generator(this));
        type.setEmptySelectionAllowed(true);
        TextField redirect = new TextField(getTranslation("acquisition.webForm.redirect"));
        redirect.setId("web-form-redirect");
        redirect.setHelperText(getTranslation("acquisition.webForm.redirectHelp"));
        Checkbox active = new Checkbox(getTranslation("acquisition.webForm.active"));
        active.setId("web-form-active");
        Function<Long, Campaign> byId = id -> campaigns.stream().filter(c -> id != null && c.id() == id).findFirst().orElse(null);
        if (existing == null) {
            campaign.setValue(fixedCampaign);
            type.setValue(fixedCampaign == null ? null : ResponseType.REPLIED);
            active.setValue(true);
        } else {
            name.setValue(existing.name());
            campaign.setValue(byId.apply(existing.campaignId()));
            type.setValue(existing.responseType());
            redirect.setValue(existing.redirectUrl() == null ? "" : existing.redirectUrl());
            active.setValue(existing.active());
        }
        dialog.add(new FormLayout(name, campaign, type, redirect, active));
        Button save = new Button(getTranslation("acquisition.save"), click -> {
            Campaign chosen = fixedCampaign != null ? fixedCampaign : campaign.getValue();
            WebForm form = new WebForm(existing == null ? 0 : existing.id(), name.getValue(),
                    existing == null ? null : existing.token(), chosen == null ? null : chosen.id(), type.getValue(),
                    redirect.getValue(), active.getValue());
            if (Feedback.attempt(this, Map.<String, HasValidation>of("name", name, "campaignId", campaign,
                    "responseType", type, "redirectUrl", redirect), () -> forms.save(form))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("web-form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Where websites post to, as the browser reached this server. */
    private static String endpointAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String path = "/public/acquisition/" + WebFormEndpoint.PATH;
        if (request == null || request.getHeader("Host") == null) {
            return path;
        }
        return (request.isSecure() ? "https" : "http") + "://" + request.getHeader("Host") + request.getContextPath() + path;
    }

    private static String exampleHtml(String endpoint) {
        return """
                <form method="post" action="%s">
                  <input type="hidden" name="token" value="…the form's token…">
                  <input name="first_name"> <input name="last_name" required>
                  <input name="company"> <input name="email" type="email" required>
                  <input name="phone"> <input name="country" placeholder="CH">
                  <textarea name="message"></textarea>
                  <label><input type="checkbox" name="consent" value="yes"> Keep me informed</label>
                  <!-- Spam trap: hidden from people, bots fill it in. -->
                  <input name="%s" style="display:none" tabindex="-1" autocomplete="off">
                  <button>Send</button>
                </form>""".formatted(endpoint, WebFormEndpoint.HONEYPOT);
    }
}
