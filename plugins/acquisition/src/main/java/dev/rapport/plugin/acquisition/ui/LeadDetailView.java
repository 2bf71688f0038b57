package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.lead.LeadInteraction;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.scoring.ScoreLine;
import dev.rapport.plugin.acquisition.scoring.ScoringService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.security.UserInfo;

/** One lead: its details, why it has its score, its contacts and responses, and what can be done with it next. */
public final class LeadDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String LEAD_ID = "leadId";

    private final LeadDetailLogic logic;
    private final LeadService leads;
    private final CampaignService campaigns;
    private final PluginContext context;
    private final Formats formats = Formats.current();
    private final H2 title = new H2();
    private final HorizontalLayout badges = new HorizontalLayout();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private LeadDetails shown;

    public LeadDetailView(PluginContext context, LeadService leads, LeadConversion conversion, ScoringService scoring,
                          CampaignService campaigns) {
        this.context = context;
        this.leads = leads;
        this.campaigns = campaigns;
        this.logic = new LeadDetailLogic(this, context, leads, conversion, scoring, campaigns);
        setId("lead-detail");
        setSizeFull();
        title.setId("lead-name");
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setId("lead-actions");
        actions.setWrap(true);
        tabs.setId("lead-tabs");
        tabs.setSizeFull();
        HorizontalLayout header = new HorizontalLayout(title, badges);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(Links.to(AcquisitionNavigation.LEADS, getTranslation("acquisition.leads.back")), header, actions, tabs);
        expand(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(LEAD_ID).orElse("");
        try {
            logic.show(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            // An instance, not the class: Vaadin makes one from the class with a constructor this exception lacks.
            event.rerouteToError(new NotFoundException("lead", id), getTranslation("acquisition.error.notFound"));
        }
    }

    /** Shows {@code details} (called by the presenter after every change). */
    void display(LeadDetails details) {
        this.shown = details;
        Lead lead = details.lead();
        title.setText(lead.displayName());
        badges.removeAll();
        Span status = LABELS.badge(this, lead.status(), LeadListView.badgeOf(lead.status()));
        status.setId("lead-status");
        Span score = new Span(getTranslation("acquisition.lead.scoreOf", lead.score(), details.threshold()));
        score.setId("lead-score");
        score.getElement().getThemeList().add(lead.score() >= details.threshold() ? "badge success" : "badge");
        badges.add(status, score);
        showActions(details);
        int selected = Math.max(tabs.getSelectedIndex(), 0);
        while (tabs.getTabCount() > 0) {
            tabs.remove(tabs.getTabAt(0));
        }
        tabs.add(getTranslation("acquisition.lead.tab.details"), detailsPanel(details));
        tabs.add(getTranslation("acquisition.lead.tab.score"), scorePanel(details)).setId("lead-tab-score");
        tabs.add(getTranslation("acquisition.lead.tab.contacts"), contactsPanel(details)).setId("lead-tab-contacts");
        tabs.add(getTranslation("acquisition.lead.tab.responses"), responsesPanel(details)).setId("lead-tab-responses");
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
    }

    private void showActions(LeadDetails details) {
        actions.removeAll();
        Lead lead = details.lead();
        if (lead.status() == LeadStatus.CONVERTED && lead.customerId() != null) {
            Anchor customer = Links.to("customers/" + lead.customerId(),
                    getTranslation("acquisition.lead.becameCustomer", details.customerName()));
            customer.setId("lead-customer-link");
            actions.add(customer);
        }
        if (!details.canEdit()) {
            return;
        }
        boolean open = lead.status().isOpen();
        addAction("lead-edit", "acquisition.lead.edit", VaadinIcon.EDIT, open, () ->
                new LeadFormDialog(context, leads, campaigns, lead, id -> logic.show(id)).open());
        addAction("lead-log-contact", "acquisition.lead.logContact", VaadinIcon.PHONE, open, () -> {
            ContactDialog[] dialog = new ContactDialog[1];
            dialog[0] = new ContactDialog(formats, (contact, fields) -> logic.logContact(contact, fields, dialog[0]::close));
            dialog[0].open();
        });
        addAction("lead-contacted", "acquisition.lead.markContacted", VaadinIcon.CHECK,
                lead.status() == LeadStatus.NEW, logic::markContacted);
        addAction("lead-qualify", "acquisition.lead.qualify", VaadinIcon.STAR,
                lead.status() == LeadStatus.NEW || lead.status() == LeadStatus.CONTACTED, logic::qualify);
        addAction("lead-assign", details.canAssignOthers() ? "acquisition.lead.assign" : "acquisition.lead.take",
                VaadinIcon.USER_CHECK, open, () -> assign(details));
        Button convert = addAction("lead-convert", "acquisition.lead.convert", VaadinIcon.EXCHANGE, open, () ->
                new ConvertDialog(lead, logic, formats, campaigns.currency()).open());
        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAction("lead-disqualify", "acquisition.lead.disqualify", VaadinIcon.BAN, open, this::disqualify)
                .addThemeVariants(ButtonVariant.LUMO_ERROR);
        addAction("lead-reopen", "acquisition.lead.reopen", VaadinIcon.REFRESH,
                lead.status() == LeadStatus.DISQUALIFIED, () -> Confirmation.ask(this, "acquisition-confirm",
                        "acquisition.lead.reopen",
                        getTranslation("acquisition.lead.reopenQuestion", lead.displayName()), "acquisition.lead.reopen",
                        logic::reopen));
    }

    private Button addAction(String id, String key, VaadinIcon icon, boolean visible, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), click -> action.run());
        button.setId(id);
        button.setVisible(visible);
        actions.add(button);
        return button;
    }

    private void assign(LeadDetails details) {
        if (!details.canAssignOthers()) {
            logic.currentUser().ifPresent(me -> logic.assign(me.id(), () -> { }));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("assign-dialog");
        dialog.setHeaderTitle(getTranslation("acquisition.lead.assign"));
        ComboBox<UserInfo> user = new ComboBox<>(getTranslation("acquisition.lead.owner"));
        user.setId("assign-user");
        user.setItems(logic.assignableUsers());
        user.setItemLabelGenerator(UserInfo::displayName);
        dialog.add(new Paragraph(getTranslation("acquisition.lead.assignExplain")), user);
        Button save = new Button(getTranslation("acquisition.lead.assign"), click -> {
            if (user.getValue() != null) {
                logic.assign(user.getValue().id(), dialog::close);
            }
        });
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    private void disqualify() {
        Dialog dialog = new Dialog();
        dialog.setId("disqualify-dialog");
        dialog.setHeaderTitle(getTranslation("acquisition.lead.disqualify"));
        TextArea reason = new TextArea(getTranslation("acquisition.lead.disqualifyReason"));
        reason.setId("disqualify-reason");
        reason.setWidthFull();
        reason.setMaxLength(LeadService.MAX_REASON);
        dialog.add(reason);
        Button confirm = new Button(getTranslation("acquisition.lead.disqualify"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("acquisition.validation.required"));
                reason.setInvalid(true);
                return;
            }
            logic.disqualify(reason.getValue(), dialog::close);
        });
        confirm.setId("disqualify-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private Component detailsPanel(LeadDetails details) {
        Lead lead = details.lead();
        FormLayout form = new FormLayout();
        form.setId("lead-details");
        field(form, "acquisition.lead.name", lead.personName());
        field(form, "acquisition.lead.company", lead.company());
        field(form, "acquisition.lead.jobTitle", lead.jobTitle());
        field(form, "acquisition.lead.email", lead.email());
        field(form, "acquisition.lead.phone", lead.phone());
        field(form, "acquisition.lead.address", String.join(", ", java.util.stream.Stream.of(lead.street(),
                join(lead.postalCode(), lead.city()), lead.countryCode()).filter(part -> part != null && !part.isBlank())
                .toList()));
        field(form, "acquisition.lead.language", lead.preferredLanguage());
        field(form, "acquisition.lead.consent", getTranslation(lead.marketingConsent() ? "acquisition.yes" : "acquisition.no"));
        field(form, "acquisition.lead.source", LABELS.of(this, lead.source())
                + (lead.sourceDetail() == null ? "" : " · " + lead.sourceDetail()));
        field(form, "acquisition.lead.campaign", details.campaignName());
        field(form, "acquisition.lead.interest", String.join(", ", details.products()));
        field(form, "acquisition.lead.owner", details.userName(lead.ownerId()));
        field(form, "acquisition.lead.department", details.departmentName());
        field(form, "acquisition.lead.captured", formats.dateTime(lead.capturedAt()));
        field(form, "acquisition.lead.firstContact", formats.dateTime(lead.firstContactAt()));
        field(form, "acquisition.lead.disqualifyReason", lead.disqualifyReason());
        if (details.duplicateLeadName() != null) {
            form.addFormItem(Links.to(AcquisitionNavigation.lead(lead.possibleDuplicateLeadId()), details.duplicateLeadName()),
                    getTranslation("acquisition.lead.possibleDuplicateLead"));
        }
        if (details.duplicateCustomerName() != null) {
            form.addFormItem(Links.to("customers/" + lead.possibleDuplicateCustomerId(), details.duplicateCustomerName()),
                    getTranslation("acquisition.lead.possibleDuplicateCustomer"));
        }
        Div notes = new Div(lead.notes() == null ? "" : lead.notes());
        notes.getStyle().set("white-space", "pre-line");
        form.addFormItem(notes, getTranslation("acquisition.lead.notes"));
        return form;
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }

    private void field(FormLayout form, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            form.addFormItem(new Span(value), getTranslation(labelKey));
        }
    }

    private Component scorePanel(LeadDetails details) {
        RuleDescriber describer = new RuleDescriber(this);
        Grid<ScoreLine> grid = new Grid<>();
        grid.setId("lead-score-lines");
        grid.addColumn(describer::explain).setHeader(getTranslation("acquisition.score.rule")).setFlexGrow(4);
        grid.addColumn(line -> RuleDescriber.points(line.points())).setHeader(getTranslation("acquisition.score.points"));
        grid.setItems(details.scoreLines());
        grid.setEmptyStateText(getTranslation("acquisition.score.none"));
        grid.setAllRowsVisible(true);
        Paragraph total = new Paragraph(getTranslation("acquisition.score.total", details.lead().score(), details.threshold()));
        total.setId("lead-score-total");
        return new VerticalLayout(total, grid);
    }

    private Component contactsPanel(LeadDetails details) {
        Grid<LeadInteraction> grid = new Grid<>();
        grid.setId("lead-contacts");
        grid.addColumn(contact -> formats.dateTime(contact.occurredAt())).setHeader(getTranslation("acquisition.contact.occurredAt"));
        grid.addColumn(contact -> LABELS.of(this, contact.channel()) + " · " + LABELS.of(this, contact.direction()))
                .setHeader(getTranslation("acquisition.contact.channel"));
        grid.addColumn(LeadInteraction::subject).setHeader(getTranslation("acquisition.contact.subject")).setFlexGrow(3);
        grid.addColumn(contact -> LABELS.of(this, contact.outcome())).setHeader(getTranslation("acquisition.contact.outcome"));
        grid.addColumn(contact -> contact.recordedBy() == null ? getTranslation("acquisition.contact.bySystem")
                : details.userName(contact.recordedBy())).setHeader(getTranslation("acquisition.contact.recordedBy"));
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(contact -> {
            Div notes = new Div(contact.notes() == null ? "" : contact.notes());
            notes.getStyle().set("white-space", "pre-line");
            return notes;
        }));
        grid.setItems(details.interactions().reversed());
        grid.setEmptyStateText(getTranslation("acquisition.contact.none"));
        return grid;
    }

    private Component responsesPanel(LeadDetails details) {
        Grid<ResponseRepository.Named> grid = new Grid<>();
        grid.setId("lead-responses");
        grid.addColumn(named -> formats.dateTime(named.response().respondedAt())).setHeader(getTranslation("acquisition.response.when"));
        grid.addColumn(ResponseRepository.Named::campaignName).setHeader(getTranslation("acquisition.lead.campaign"));
        grid.addColumn(named -> LABELS.of(this, named.response().type())).setHeader(getTranslation("acquisition.response.type"));
        grid.addColumn(named -> LABELS.of(this, named.response().origin())).setHeader(getTranslation("acquisition.response.origin"));
        grid.setItems(details.responses());
        grid.setEmptyStateText(getTranslation("acquisition.response.none"));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("acquisition.leads.title") : shown.lead().displayName();
    }
}
