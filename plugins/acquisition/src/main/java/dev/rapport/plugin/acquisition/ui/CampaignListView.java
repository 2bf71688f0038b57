package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Formats;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.paging.KeysetPager;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.Segment;
import dev.rapport.plugin.acquisition.campaign.SegmentService;
import dev.rapport.plugin.acquisition.metric.AcquisitionFigures;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Role;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The campaigns (newest first, paged by keyset), the saved segments they draw their targets from, and the
 * acquisition figures (the plugin's scorecard metrics) by period and department.
 */
public final class CampaignListView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final SegmentService segments;
    private final Grid<Campaign> campaignGrid = new Grid<>();
    private final Grid<Segment> segmentGrid = new Grid<>();
    private final TextField search = new TextField();
    private final boolean manager;

    public CampaignListView(PluginContext context, CampaignService campaigns, SegmentService segments,
                            AcquisitionFigures figures) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.manager = context.security().hasRole(Role.MANAGER);
        setId("acquisition-campaigns");
        setSizeFull();
        Formats formats = Formats.current();
        LocalDate today = formats.today(context.clock().instant());

        search.setId("campaign-search");
        search.setPlaceholder(getTranslation("acquisition.campaigns.search"));
        search.setAriaLabel(getTranslation("acquisition.campaigns.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> refreshCampaigns());
        campaignGrid.setId("campaign-grid");
        campaignGrid.addComponentColumn(campaign -> {
            var link = Links.to(AcquisitionNavigation.campaign(campaign.id()), campaign.name());
            link.addClassName("campaign-link");
            return link;
        }).setHeader(getTranslation("acquisition.campaign.name")).setFlexGrow(3);
        campaignGrid.addComponentColumn(campaign -> LABELS.badge(this, campaign.phase(today), ""))
                .setHeader(getTranslation("acquisition.campaign.phase"));
        campaignGrid.addColumn(campaign -> formats.date(campaign.startsOn()) + " – " + formats.date(campaign.endsOn()))
                .setHeader(getTranslation("acquisition.campaign.period")).setFlexGrow(2);
        campaignGrid.addColumn(campaign -> campaign.channels().stream().map(channel -> LABELS.of(this, channel)).sorted()
                .collect(Collectors.joining(", "))).setHeader(getTranslation("acquisition.campaign.channels")).setFlexGrow(2);
        campaignGrid.addColumn(campaign -> formats.money(campaign.budget(), campaign.currency()))
                .setHeader(getTranslation("acquisition.campaign.budgetShort"));
        campaignGrid.addColumn(campaign -> formats.money(campaign.actualCost(), campaign.currency()))
                .setHeader(getTranslation("acquisition.campaign.actualCostShort"));
        campaignGrid.setEmptyStateText(getTranslation("acquisition.campaigns.empty"));
        campaignGrid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                UI.getCurrent().navigate(AcquisitionNavigation.campaign(click.getItem().id()));
            }
        });
        Button create = new Button(getTranslation("acquisition.campaigns.new"), VaadinIcon.PLUS.create(),
                click -> new CampaignFormDialog(context, campaigns, null,
                        id -> UI.getCurrent().navigate(AcquisitionNavigation.campaign(id))).open());
        create.setId("campaign-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(manager);
        VerticalLayout campaignTab = new VerticalLayout(new HorizontalLayout(search, create), campaignGrid);
        campaignTab.setSizeFull();
        campaignTab.setPadding(false);

        segmentGrid.setId("segment-grid");
        segmentGrid.addColumn(Segment::name).setHeader(getTranslation("acquisition.segment.name")).setFlexGrow(2);
        segmentGrid.addColumn(segment -> LABELS.of(this, segment.audience())).setHeader(getTranslation("acquisition.segment.audience"));
        segmentGrid.addColumn(segment -> getTranslation(segment.consentOnly() ? "acquisition.yes" : "acquisition.no"))
                .setHeader(getTranslation("acquisition.segment.consentOnly"));
        if (manager) {
            segmentGrid.addComponentColumn(segment -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), click -> new SegmentDialog(context, segments, segment,
                        id -> refreshSegments()).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                edit.setAriaLabel(getTranslation("acquisition.edit"));
                Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirmation.ask(this, "acquisition-confirm",
                        "acquisition.segment.delete", getTranslation("acquisition.segment.deleteQuestion", segment.name()),
                        "acquisition.delete", () -> {
                            if (Feedback.attempt(this, java.util.Map.of(), () -> segments.delete(segment))) {
                                refreshSegments();
                            }
                        }));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("acquisition.delete"));
                return new HorizontalLayout(edit, delete);
            }).setFlexGrow(0).setWidth("8em");
        }
        Button newSegment = new Button(getTranslation("acquisition.segment.new"), VaadinIcon.PLUS.create(),
                click -> new SegmentDialog(context, segments, null, id -> refreshSegments()).open());
        newSegment.setId("segment-new");
        newSegment.setVisible(manager);
        VerticalLayout segmentTab = new VerticalLayout(newSegment, segmentGrid);
        segmentTab.setSizeFull();
        segmentTab.setPadding(false);

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("acquisition.campaigns.title"), campaignTab);
        tabs.add(getTranslation("acquisition.segments.title"), segmentTab).setId("segments-tab");
        tabs.add(getTranslation("acquisition.figures.title"), new AcquisitionFiguresPanel(context, figures, formats))
                .setId("figures-tab");
        add(new H2(getTranslation("acquisition.campaigns.title")), tabs);
        expand(tabs);
        refreshCampaigns();
        refreshSegments();
    }

    private void refreshCampaigns() {
        String prefix = search.getValue();
        KeysetPager<Campaign> pager = new KeysetPager<>((after, limit) -> campaigns.page(prefix, after, limit));
        campaignGrid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    private void refreshSegments() {
        segmentGrid.setItems(segments.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("acquisition.campaigns.title");
    }
}
