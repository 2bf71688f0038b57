package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Formats;
import dev.rapport.sdk.paging.KeysetPager;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignActivity;
import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignResponse;
import dev.rapport.plugin.acquisition.campaign.CampaignResults;
import dev.rapport.plugin.acquisition.campaign.CampaignResultsCalculator;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.CampaignTarget;
import dev.rapport.plugin.acquisition.campaign.FulfilmentKind;
import dev.rapport.plugin.acquisition.campaign.FulfilmentService;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.campaign.Segment;
import dev.rapport.plugin.acquisition.campaign.SegmentService;
import dev.rapport.plugin.acquisition.campaign.TargetListBuilder;
import dev.rapport.plugin.acquisition.capture.WebFormService;
import dev.rapport.plugin.acquisition.importing.CsvTable;
import dev.rapport.plugin.acquisition.importing.ResponseImport;
import dev.rapport.plugin.acquisition.importing.ResponseImportField;
import dev.rapport.plugin.acquisition.importing.RowOutcome;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.UserInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One campaign: its results (figures and charts), details, target list, responses, planned activities, follow-up
 * tasks and web forms. Managers plan and change; agents record responses and tick off activities.
 */
public final class CampaignDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CAMPAIGN_ID = "campaignId";

    private final CampaignDetailLogic logic;
    private final Formats formats = Formats.current();
    private final H2 title = new H2();
    private final HorizontalLayout header = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private Campaign shown;

    public CampaignDetailView(PluginContext context, CampaignService campaigns, SegmentService segments,
                              TargetListBuilder targets, ResponseService responses, CampaignResultsCalculator results,
                              FulfilmentService fulfilment, WebFormService webForms, ResponseImport responseImport) {
        this.logic = new CampaignDetailLogic(this, context, new CampaignDetailLogic.Services(campaigns, segments, targets,
                responses, results, fulfilment, webForms, responseImport));
        setId("campaign-detail");
        setSizeFull();
        title.setId("campaign-title");
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        tabs.setId("campaign-tabs");
        tabs.setSizeFull();
        add(Links.to(AcquisitionNavigation.CAMPAIGNS, getTranslation("acquisition.campaigns.back")), header, tabs);
        expand(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(CAMPAIGN_ID).orElse("");
        try {
            logic.show(Long.parseLong(id));
        } catch (NumberFormatException | NotFoundException e) {
            // An instance, not the class: Vaadin makes one from the class with a constructor this exception lacks.
            event.rerouteToError(new NotFoundException("campaign", id), getTranslation("acquisition.error.notFound"));
        }
    }

    void display(Campaign campaign, CampaignResults results) {
        this.shown = campaign;
        title.setText(campaign.name());
        header.removeAll();
        Span phase = LABELS.badge(this, campaign.phase(formats.today(logic.context().clock().instant())), "");
        phase.setId("campaign-phase");
        header.add(title, phase, new Span(formats.date(campaign.startsOn()) + " – " + formats.date(campaign.endsOn())));
        if (logic.isManager()) {
            Button edit = new Button(getTranslation("acquisition.edit"), VaadinIcon.EDIT.create(), click ->
                    new CampaignFormDialog(logic.context(), logic.campaigns(), campaign, id -> logic.refresh()).open());
            edit.setId("campaign-edit");
            header.add(edit);
        }
        int selected = Math.max(tabs.getSelectedIndex(), 0);
        while (tabs.getTabCount() > 0) {
            tabs.remove(tabs.getTabAt(0));
        }
        tabs.add(getTranslation("acquisition.campaign.tab.results"), new CampaignResultsPanel(results, formats, logic.context().charts()));
        tabs.add(getTranslation("acquisition.campaign.tab.details"), detailsPanel(campaign)).setId("campaign-tab-details");
        tabs.add(getTranslation("acquisition.campaign.tab.targets"), targetsPanel()).setId("campaign-tab-targets");
        tabs.add(getTranslation("acquisition.campaign.tab.responses"), responsesPanel()).setId("campaign-tab-responses");
        tabs.add(getTranslation("acquisition.campaign.tab.activities"), activitiesPanel()).setId("campaign-tab-activities");
        tabs.add(getTranslation("acquisition.campaign.tab.followUps"), followUpsPanel()).setId("campaign-tab-follow-ups");
        tabs.add(getTranslation("acquisition.campaign.tab.webForms"), new WebFormsPanel(logic.webForms(),
                List.of(campaign), campaign, logic.isManager())).setId("campaign-tab-web-forms");
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
    }

    private Component detailsPanel(Campaign campaign) {
        FormLayout form = new FormLayout();
        form.setId("campaign-details");
        form.addFormItem(new Span(campaign.channels().stream().map(channel -> LABELS.of(this, channel)).sorted()
                .collect(Collectors.joining(", "))), getTranslation("acquisition.campaign.channels"));
        form.addFormItem(new Span(formats.money(campaign.budget(), campaign.currency())),
                getTranslation("acquisition.campaign.budgetShort"));
        form.addFormItem(new Span(formats.money(campaign.actualCost(), campaign.currency())),
                getTranslation("acquisition.campaign.actualCostShort"));
        if (campaign.departmentId() != null) {
            form.addFormItem(new Span(logic.context().staff().department(campaign.departmentId()).map(Department::name)
                    .orElse("")), getTranslation("acquisition.campaign.department"));
        }
        Div objective = new Div(campaign.objective() == null ? "" : campaign.objective());
        objective.getStyle().set("white-space", "pre-line");
        form.addFormItem(objective, getTranslation("acquisition.campaign.objective"));
        return form;
    }

    private Component targetsPanel() {
        Grid<CampaignTarget> grid = new Grid<>();
        grid.setId("campaign-targets");
        grid.addColumn(CampaignTarget::displayName).setHeader(getTranslation("acquisition.lead.name")).setFlexGrow(3);
        grid.addColumn(target -> target.email() == null ? "" : target.email()).setHeader(getTranslation("acquisition.lead.email"));
        grid.addColumn(target -> getTranslation(target.leadId() != null ? "acquisition.targets.lead" : "acquisition.targets.customer"))
                .setHeader(getTranslation("acquisition.targets.kind"));
        if (logic.isAgent()) {
            grid.addComponentColumn(target -> {
                Button record = new Button(getTranslation("acquisition.response.record"),
                        click -> new ResponseDialog(target, logic, formats).open());
                record.addThemeVariants(ButtonVariant.LUMO_SMALL);
                record.addClassName("record-response");
                return record;
            });
        }
        KeysetPager<CampaignTarget> pager = new KeysetPager<>(logic::targets);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        grid.setEmptyStateText(getTranslation("acquisition.targets.none"));
        VerticalLayout panel = new VerticalLayout();
        panel.setSizeFull();
        panel.setPadding(false);
        if (logic.isManager()) {
            ComboBox<Segment> segment = new ComboBox<>(getTranslation("acquisition.targets.segment"));
            segment.setId("target-segment");
            segment.setItems(logic.segments());
            segment.setItemLabelGenerator(Segment::name);
            Button add = new Button(getTranslation("acquisition.targets.add"), VaadinIcon.PLUS.create(), click -> {
                if (segment.getValue() != null) {
                    logic.addTargets(segment.getValue());
                }
            });
            add.setId("target-add");
            HorizontalLayout bar = new HorizontalLayout(segment, add);
            bar.setAlignItems(FlexComponent.Alignment.BASELINE);
            panel.add(bar, new Paragraph(getTranslation("acquisition.targets.explain", TargetListBuilder.MAX_TARGETS)));
        }
        panel.add(grid);
        panel.expand(grid);
        return panel;
    }

    private Component responsesPanel() {
        Grid<CampaignResponse> grid = new Grid<>();
        grid.setId("campaign-responses");
        grid.addColumn(response -> formats.dateTime(response.respondedAt())).setHeader(getTranslation("acquisition.response.when"));
        grid.addColumn(response -> LABELS.of(this, response.type())).setHeader(getTranslation("acquisition.response.type"));
        grid.addColumn(response -> LABELS.of(this, response.channel())).setHeader(getTranslation("acquisition.contact.channel"));
        grid.addColumn(response -> LABELS.of(this, response.origin())).setHeader(getTranslation("acquisition.response.origin"));
        grid.addComponentColumn(response -> response.leadId() != null
                ? Links.to(AcquisitionNavigation.lead(response.leadId()), getTranslation("acquisition.response.openLead"))
                : Links.to("customers/" + response.customerId(), getTranslation("acquisition.response.openCustomer")));
        grid.addColumn(response -> response.note() == null ? "" : response.note())
                .setHeader(getTranslation("acquisition.response.note")).setFlexGrow(3);
        KeysetPager<CampaignResponse> pager = new KeysetPager<>(logic::responses);
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        grid.setEmptyStateText(getTranslation("acquisition.response.none"));
        Button importResponses = new Button(getTranslation("acquisition.response.import"), VaadinIcon.UPLOAD.create(),
                click -> openResponseImport());
        importResponses.setId("response-import");
        importResponses.setVisible(logic.isAgent());
        Paragraph howTo = new Paragraph(getTranslation("acquisition.response.howToRecord"));
        howTo.setVisible(logic.isAgent());
        VerticalLayout panel = new VerticalLayout(new HorizontalLayout(importResponses), howTo, grid);
        panel.setSizeFull();
        panel.setPadding(false);
        panel.expand(grid);
        return panel;
    }

    private void openResponseImport() {
        Dialog dialog = new Dialog();
        dialog.setId("response-import-dialog");
        dialog.setHeaderTitle(getTranslation("acquisition.response.import"));
        dialog.setWidth("min(56em, 95vw)");
        Select<ResponseType> defaultType = new Select<>();
        defaultType.setLabel(getTranslation("acquisition.response.defaultType"));
        defaultType.setItems(ResponseType.values());
        defaultType.setItemLabelGenerator(LABELS.generator(this));
        defaultType.setValue(ResponseType.OPENED);
        Select<Channel> channel = new Select<>();
        channel.setLabel(getTranslation("acquisition.contact.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(LABELS.generator(this));
        channel.setValue(Channel.EMAIL);
        ResponseImport responseImport = logic.responseImport();
        long campaignId = logic.campaignId();
        ImportStrategy<ResponseImportField> strategy = new ImportStrategy<>() {
            @Override
            public Class<ResponseImportField> fields() {
                return ResponseImportField.class;
            }

            @Override
            public Map<ResponseImportField, Integer> guessMapping(CsvTable table) {
                return ResponseImport.guessMapping(table);
            }

            @Override
            public List<PreviewRow> preview(CsvTable table, Map<ResponseImportField, Integer> mapping, int limit) {
                return java.util.stream.IntStream.range(0, Math.min(limit, table.rows().size()))
                        .mapToObj(index -> new PreviewRow(index + 2, CsvTable.cell(table.rows().get(index),
                                mapping.get(ResponseImportField.EMAIL)) == null
                                ? List.of(dev.rapport.sdk.error.FieldError.of("email", "acquisition.validation.required"))
                                : List.of())).toList();
            }

            @Override
            public RowOutcome importRow(CsvTable table, int index, Map<ResponseImportField, Integer> mapping) {
                return responseImport.importRow(table, index, mapping,
                        new ResponseImport.Options(campaignId, defaultType.getValue(), channel.getValue()));
            }
        };
        dialog.add(new HorizontalLayout(defaultType, channel), new CsvImportPanel<>("response-import", strategy));
        Button close = new Button(getTranslation("acquisition.close"), click -> {
            dialog.close();
            logic.refresh();
        });
        dialog.getFooter().add(close);
        dialog.open();
    }

    private Component activitiesPanel() {
        Grid<CampaignActivity> grid = new Grid<>();
        grid.setId("campaign-activities");
        grid.addComponentColumn(activity -> {
            Checkbox done = new Checkbox(activity.done());
            done.setEnabled(logic.isAgent());
            done.setAriaLabel(getTranslation("acquisition.activity.done"));
            done.addValueChangeListener(change -> logic.setActivityDone(activity, change.getValue()));
            return done;
        }).setHeader(getTranslation("acquisition.activity.done")).setFlexGrow(0).setWidth("6em");
        grid.addColumn(activity -> formats.date(activity.plannedOn())).setHeader(getTranslation("acquisition.activity.plannedOn"));
        grid.addColumn(CampaignActivity::title).setHeader(getTranslation("acquisition.activity.title")).setFlexGrow(3);
        grid.addColumn(activity -> LABELS.of(this, activity.channel())).setHeader(getTranslation("acquisition.contact.channel"));
        if (logic.isManager()) {
            grid.addComponentColumn(activity -> {
                Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirmation.ask(this, "acquisition-confirm",
                        "acquisition.activity.delete", getTranslation("acquisition.activity.deleteQuestion", activity.title()),
                        "acquisition.delete", () -> logic.deleteActivity(activity)));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("acquisition.delete"));
                return delete;
            }).setFlexGrow(0).setWidth("5em");
        }
        grid.setItems(logic.activities());
        grid.setEmptyStateText(getTranslation("acquisition.activity.none"));
        VerticalLayout panel = new VerticalLayout();
        panel.setSizeFull();
        panel.setPadding(false);
        if (logic.isManager()) {
            TextField activityTitle = new TextField(getTranslation("acquisition.activity.title"));
            activityTitle.setId("activity-title");
            Select<CampaignChannel> channel = new Select<>();
            channel.setId("activity-channel");
            channel.setLabel(getTranslation("acquisition.contact.channel"));
            channel.setItems(CampaignChannel.values());
            channel.setItemLabelGenerator(LABELS.generator(this));
            channel.setValue(CampaignChannel.EMAIL);
            DatePicker plannedOn = new DatePicker(getTranslation("acquisition.activity.plannedOn"));
            plannedOn.setId("activity-planned-on");
            plannedOn.setValue(shown.startsOn());
            Button plan = new Button(getTranslation("acquisition.activity.plan"), VaadinIcon.PLUS.create(), click ->
                    logic.planActivity(activityTitle.getValue(), channel.getValue(), plannedOn.getValue(),
                            Map.<String, HasValidation>of("title", activityTitle, "channel", channel, "plannedOn", plannedOn),
                            activityTitle::clear));
            plan.setId("activity-plan");
            HorizontalLayout bar = new HorizontalLayout(activityTitle, channel, plannedOn, plan);
            bar.setAlignItems(FlexComponent.Alignment.BASELINE);
            panel.add(bar);
        }
        panel.add(grid);
        panel.expand(grid);
        return panel;
    }

    private Component followUpsPanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new Paragraph(getTranslation("acquisition.fulfilment.explain")));
        if (!logic.isManager()) {
            return panel;
        }
        Select<FulfilmentKind> kind = new Select<>();
        kind.setId("fulfilment-kind");
        kind.setLabel(getTranslation("acquisition.fulfilment.kind"));
        kind.setItems(FulfilmentKind.values());
        kind.setItemLabelGenerator(LABELS.generator(this));
        kind.setValue(FulfilmentKind.SEND_MATERIAL);
        Select<ResponseType> responders = new Select<>();
        responders.setId("fulfilment-response-type");
        responders.setLabel(getTranslation("acquisition.fulfilment.for"));
        responders.setItems(ResponseType.values());
        responders.setItemLabelGenerator(type -> type == null ? getTranslation("acquisition.fulfilment.allResponders")
                : LABELS.of(this, type));
        responders.setEmptySelectionAllowed(true);
        responders.setEmptySelectionCaption(getTranslation("acquisition.fulfilment.allResponders"));
        responders.setValue(ResponseType.REPLIED);
        Checkbox toOwners = new Checkbox(getTranslation("acquisition.fulfilment.toOwners"), true);
        toOwners.setId("fulfilment-to-owners");
        RadioButtonGroup<String> assignTo = new RadioButtonGroup<>(getTranslation("acquisition.fulfilment.assignTo"));
        assignTo.setItems("user", "queue");
        assignTo.setItemLabelGenerator(value -> getTranslation("acquisition.fulfilment.assignTo." + value));
        assignTo.setValue("user");
        ComboBox<UserInfo> user = new ComboBox<>(getTranslation("acquisition.fulfilment.user"));
        user.setId("fulfilment-user");
        user.setItems(logic.assignableUsers());
        user.setItemLabelGenerator(UserInfo::displayName);
        ComboBox<Department> queue = new ComboBox<>(getTranslation("acquisition.fulfilment.queue"));
        queue.setId("fulfilment-queue");
        queue.setItems(logic.context().staff().departments());
        queue.setItemLabelGenerator(Department::name);
        queue.setVisible(false);
        assignTo.addValueChangeListener(change -> {
            user.setVisible("user".equals(change.getValue()));
            queue.setVisible("queue".equals(change.getValue()));
        });
        DatePicker due = new DatePicker(getTranslation("acquisition.fulfilment.due"));
        due.setId("fulfilment-due");
        due.setValue(LocalDate.now(formats.zone()).plusDays(3));
        Button create = new Button(getTranslation("acquisition.fulfilment.create"), VaadinIcon.TASKS.create(), click -> {
            boolean toUser = "user".equals(assignTo.getValue());
            logic.createFollowUps(new FulfilmentService.Request(kind.getValue(), responders.getValue(), toOwners.getValue(),
                            toUser && user.getValue() != null ? user.getValue().id() : null,
                            !toUser && queue.getValue() != null ? queue.getValue().id() : null, due.getValue()),
                    Map.<String, HasValidation>of("kind", kind, "assignee", toUser ? user : queue, "dueDate", due));
        });
        create.setId("fulfilment-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(kind, responders, assignTo, user, queue, due, toOwners);
        panel.add(form, create);
        return panel;
    }

    @Override
    public String getPageTitle() {
        return shown == null ? getTranslation("acquisition.campaigns.title") : shown.name();
    }
}
