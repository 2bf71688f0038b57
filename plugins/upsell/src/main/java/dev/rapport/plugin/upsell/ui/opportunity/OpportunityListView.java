package dev.rapport.plugin.upsell.ui.opportunity;

import static dev.rapport.plugin.upsell.ui.Labels.LABELS;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityFilter;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.OpportunityStatus;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.Stage;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Formats;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** All opportunities, soonest expected close first, keyset-paged, filtered by status, pipeline and owner. */
public final class OpportunityListView extends VerticalLayout implements HasDynamicTitle {

    private final OpportunityQueries queries;
    private final Select<OpportunityStatus> status = new Select<>();
    private final Select<Pipeline> pipeline = new Select<>();
    private final Select<UserInfo> owner = new Select<>();
    private final Grid<Opportunity> grid = new Grid<>();

    public OpportunityListView(PluginContext context, PipelineService pipelines, OpportunityService opportunities,
                               OpportunityQueries queries) {
        this.queries = queries;
        setId("upsell-opportunities");
        setSizeFull();
        Formats formats = Formats.current();
        Map<Long, String> stages = pipelines.all().stream().flatMap(one -> one.stages().stream())
                .collect(Collectors.toMap(Stage::id, Stage::name));
        Map<Long, String> users = context.staff().activeUsers().stream()
                .collect(Collectors.toMap(UserInfo::id, UserInfo::displayName));

        status.setId("opportunities-status");
        status.setLabel(getTranslation("upsell.opportunity.status"));
        status.setItems(OpportunityStatus.values());
        status.setItemLabelGenerator(LABELS.generator(this));
        status.setValue(OpportunityStatus.OPEN);
        pipeline.setId("opportunities-pipeline");
        pipeline.setLabel(getTranslation("upsell.board.pipeline"));
        pipeline.setItems(pipelines.all());
        // A Select asks its label generator for the empty item too.
        pipeline.setItemLabelGenerator(one -> one == null ? getTranslation("upsell.filter.all") : one.name());
        pipeline.setEmptySelectionAllowed(true);
        pipeline.setEmptySelectionCaption(getTranslation("upsell.filter.all"));
        owner.setId("opportunities-owner");
        owner.setLabel(getTranslation("upsell.opportunity.owner"));
        owner.setItems(context.staff().activeUsers());
        owner.setItemLabelGenerator(one -> one == null ? getTranslation("upsell.filter.all") : one.displayName());
        owner.setEmptySelectionAllowed(true);
        owner.setEmptySelectionCaption(getTranslation("upsell.filter.all"));
        status.addValueChangeListener(change -> refresh());
        pipeline.addValueChangeListener(change -> refresh());
        owner.addValueChangeListener(change -> refresh());

        Map<Long, String> customers = new java.util.concurrent.ConcurrentHashMap<>();
        Function<Long, String> customerName = id -> customers.computeIfAbsent(id, key -> context.customers().find(key)
                .map(CustomerInfo::displayName).orElse("#" + key));
        grid.setId("opportunities-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Opportunity::title).setHeader(getTranslation("upsell.opportunity.title")).setFlexGrow(3);
        grid.addColumn(one -> customerName.apply(one.customerId())).setHeader(getTranslation("upsell.opportunity.customer"))
                .setFlexGrow(2);
        grid.addColumn(one -> stages.getOrDefault(one.stageId(), "")).setHeader(getTranslation("upsell.opportunity.stage"));
        grid.addColumn(one -> formats.money(one.amount(), one.currency())).setHeader(getTranslation("upsell.opportunity.amount"));
        grid.addColumn(one -> one.probability() + " %").setHeader(getTranslation("upsell.opportunity.probability"));
        grid.addColumn(one -> formats.date(one.expectedClose())).setHeader(getTranslation("upsell.opportunity.expectedClose"));
        grid.addColumn(one -> users.getOrDefault(one.ownerId(), "#" + one.ownerId())).setHeader(getTranslation("upsell.opportunity.owner"));
        grid.addColumn(one -> LABELS.of(this, one.origin())).setHeader(getTranslation("upsell.opportunity.origin"));
        grid.setEmptyStateText(getTranslation("upsell.opportunity.none"));
        grid.addItemClickListener(click -> new OpportunityDialog(context, pipelines, opportunities, click.getItem(),
                this::refresh).open());

        Button create = new Button(getTranslation("upsell.opportunity.new"), VaadinIcon.PLUS.create(), click ->
                new NewOpportunityDialog(context, pipelines, opportunities, null, this::refresh).open());
        create.setId("opportunities-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(context.security().hasRole(Role.AGENT));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("upsell.opportunities.title")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(header, new HorizontalLayout(status, pipeline, owner), grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        OpportunityFilter filter = new OpportunityFilter(status.getValue() == null ? OpportunityStatus.OPEN : status.getValue(),
                pipeline.getValue() == null ? null : pipeline.getValue().id(),
                owner.getValue() == null ? null : owner.getValue().id(), null);
        KeysetPager<Opportunity> pager = new KeysetPager<>((after, limit) -> queries.page(filter, after, limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upsell.opportunities.title");
    }
}
