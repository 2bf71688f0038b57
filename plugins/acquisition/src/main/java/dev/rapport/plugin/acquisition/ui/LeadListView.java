package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Formats;
import dev.rapport.sdk.paging.KeysetPager;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadFilter;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSort;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The leads, newest or best first, filtered by text, status, owner, department queue, source and campaign; paged by
 * keyset.
 */
public final class LeadListView extends VerticalLayout implements HasDynamicTitle {

    /** Whose leads the list shows. */
    enum OwnerFilter {
        ALL, MINE, UNASSIGNED
    }

    private final LeadService leads;
    private final Grid<Lead> grid = new Grid<>();
    private final TextField text = new TextField();
    private final MultiSelectComboBox<LeadStatus> statuses = new MultiSelectComboBox<>();
    private final Select<OwnerFilter> owner = new Select<>();
    private final ComboBox<LeadSource> source = new ComboBox<>();
    private final ComboBox<Campaign> campaign = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<LeadSort> sort = new Select<>();
    private final Long currentUserId;

    public LeadListView(PluginContext context, LeadService leads, CampaignService campaigns) {
        this.leads = leads;
        this.currentUserId = context.security().currentUser().map(UserInfo::id).orElse(null);
        setId("acquisition-leads");
        setSizeFull();
        Map<Long, String> userNames = context.staff().activeUsers().stream()
                .collect(Collectors.toMap(UserInfo::id, UserInfo::displayName));
        Map<Long, Campaign> campaignsById = campaigns.recent().stream()
                .collect(Collectors.toMap(Campaign::id, Function.identity()));
        Formats formats = Formats.current();

        text.setId("lead-filter-text");
        text.setPlaceholder(getTranslation("acquisition.leads.search"));
        text.setAriaLabel(getTranslation("acquisition.leads.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        statuses.setId("lead-filter-status");
        statuses.setPlaceholder(getTranslation("acquisition.lead.status"));
        statuses.setAriaLabel(getTranslation("acquisition.lead.status"));
        statuses.setItems(LeadStatus.values());
        statuses.setItemLabelGenerator(LABELS.generator(this));
        owner.setId("lead-filter-owner");
        owner.setItems(OwnerFilter.values());
        owner.setItemLabelGenerator(value -> getTranslation("acquisition.leads.owner." + value.name()));
        owner.setValue(OwnerFilter.ALL);
        source.setId("lead-filter-source");
        source.setPlaceholder(getTranslation("acquisition.lead.source"));
        source.setAriaLabel(getTranslation("acquisition.lead.source"));
        source.setItems(LeadSource.values());
        source.setItemLabelGenerator(LABELS.generator(this));
        source.setClearButtonVisible(true);
        campaign.setId("lead-filter-campaign");
        campaign.setPlaceholder(getTranslation("acquisition.lead.campaign"));
        campaign.setAriaLabel(getTranslation("acquisition.lead.campaign"));
        campaign.setItems(campaignsById.values());
        campaign.setItemLabelGenerator(Campaign::name);
        campaign.setClearButtonVisible(true);
        department.setId("lead-filter-department");
        department.setPlaceholder(getTranslation("acquisition.leads.department"));
        department.setAriaLabel(getTranslation("acquisition.leads.department"));
        department.setItems(context.staff().departments());
        department.setItemLabelGenerator(Department::name);
        department.setClearButtonVisible(true);
        sort.setId("lead-sort");
        sort.setItems(LeadSort.values());
        sort.setItemLabelGenerator(LABELS.generator(this));
        sort.setValue(LeadSort.NEWEST_FIRST);
        text.addValueChangeListener(change -> refresh());
        statuses.addValueChangeListener(change -> refresh());
        owner.addValueChangeListener(change -> refresh());
        source.addValueChangeListener(change -> refresh());
        campaign.addValueChangeListener(change -> refresh());
        department.addValueChangeListener(change -> refresh());
        sort.addValueChangeListener(change -> refresh());

        grid.setId("lead-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(lead -> {
            var link = Links.to(AcquisitionNavigation.lead(lead.id()), lead.displayName());
            link.addClassName("lead-link");
            return link;
        }).setHeader(getTranslation("acquisition.lead.name")).setFlexGrow(3);
        grid.addComponentColumn(lead -> LABELS.badge(this, lead.status(), badgeOf(lead.status())))
                .setHeader(getTranslation("acquisition.lead.status"));
        grid.addColumn(Lead::score).setHeader(getTranslation("acquisition.lead.score")).setFlexGrow(0).setWidth("7em");
        grid.addColumn(lead -> lead.ownerId() == null ? "" : userNames.getOrDefault(lead.ownerId(), "#" + lead.ownerId()))
                .setHeader(getTranslation("acquisition.lead.owner"));
        grid.addColumn(lead -> LABELS.of(this, lead.source())).setHeader(getTranslation("acquisition.lead.source"));
        grid.addColumn(lead -> lead.campaignId() == null ? "" : campaignsById.containsKey(lead.campaignId())
                ? campaignsById.get(lead.campaignId()).name() : "#" + lead.campaignId())
                .setHeader(getTranslation("acquisition.lead.campaign"));
        grid.addColumn(lead -> formats.dateTime(lead.capturedAt())).setHeader(getTranslation("acquisition.lead.captured"));
        grid.setEmptyStateText(getTranslation("acquisition.leads.empty"));
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                UI.getCurrent().navigate(AcquisitionNavigation.lead(click.getItem().id()));
            }
        });

        Button create = new Button(getTranslation("acquisition.leads.new"), VaadinIcon.PLUS.create(),
                click -> new LeadFormDialog(context, leads, campaigns, null,
                        id -> UI.getCurrent().navigate(AcquisitionNavigation.lead(id))).open());
        create.setId("lead-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importLeads = new Button(getTranslation("acquisition.leads.import"), VaadinIcon.UPLOAD.create(),
                click -> UI.getCurrent().navigate(AcquisitionNavigation.LEAD_IMPORT));
        importLeads.setId("lead-import");
        boolean mayCapture = context.security().hasRole(Role.AGENT);
        create.setVisible(mayCapture);
        importLeads.setVisible(mayCapture);

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("acquisition.leads.title")), create, importLeads);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout filters = new HorizontalLayout(text, statuses, owner, department, source, campaign, sort);
        filters.setWrap(true);
        add(header, filters, grid);
        expand(grid);
        refresh();
    }

    private LeadFilter filter() {
        OwnerFilter who = owner.getValue() == null ? OwnerFilter.ALL : owner.getValue();
        return new LeadFilter(text.getValue(), Set.copyOf(statuses.getValue()),
                who == OwnerFilter.MINE ? currentUserId : null, who == OwnerFilter.UNASSIGNED,
                department.getValue() == null ? null : department.getValue().id(), source.getValue(),
                campaign.getValue() == null ? null : campaign.getValue().id(), null);
    }

    private void refresh() {
        LeadFilter filter = filter();
        LeadSort order = sort.getValue() == null ? LeadSort.NEWEST_FIRST : sort.getValue();
        KeysetPager<Lead> pager = new KeysetPager<>((after, limit) -> leads.page(filter, order, after, limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    static String badgeOf(LeadStatus status) {
        return switch (status) {
            case NEW -> "contrast";
            case CONTACTED -> "";
            case QUALIFIED, CONVERTED -> "success";
            case DISQUALIFIED -> "error";
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("acquisition.leads.title");
    }
}
