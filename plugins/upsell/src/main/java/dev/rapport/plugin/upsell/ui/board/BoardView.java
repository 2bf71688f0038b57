package dev.rapport.plugin.upsell.ui.board;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.upsell.UpsellPermissions;
import dev.rapport.plugin.upsell.opportunity.BoardColumn;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.ui.opportunity.OpportunityDialog;
import dev.rapport.plugin.upsell.ui.opportunity.PipelineDialog;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.List;
import java.util.Map;

/**
 * The kanban board of one pipeline: a column per stage with its count and totals in the reporting currency, the
 * soonest-closing cards in it, and a Won and a Lost column. Dragging a card to another stage moves it; dropping it on
 * Won or Lost asks for the reason first. A card opens the opportunity (stage, win, lose and its history).
 */
public final class BoardView extends VerticalLayout implements HasDynamicTitle {

    static final int CARDS_PER_COLUMN = 50;

    private final PluginContext context;
    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final OpportunityQueries queries;
    private final Select<Pipeline> pipeline = new Select<>();
    private final HorizontalLayout columns = new HorizontalLayout();
    private final Formats formats;

    public BoardView(PluginContext context, PipelineService pipelines, OpportunityService opportunities,
                     OpportunityQueries queries) {
        this.context = context;
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.queries = queries;
        this.formats = Formats.current();
        setId("upsell-board");
        setSizeFull();
        pipeline.setId("board-pipeline");
        pipeline.setLabel(getTranslation("upsell.board.pipeline"));
        pipeline.setItemLabelGenerator(Pipeline::name);
        pipeline.addValueChangeListener(change -> refresh());
        com.vaadin.flow.component.button.Button configure = new com.vaadin.flow.component.button.Button(
                getTranslation("upsell.board.configure"), click -> new PipelineDialog(pipelines, pipeline.getValue(),
                        saved -> reloadPipelines(saved.id())).open());
        configure.setId("board-configure");
        configure.setVisible(context.security().hasPermission(UpsellPermissions.EDIT_PIPELINE));
        com.vaadin.flow.component.button.Button newPipeline = new com.vaadin.flow.component.button.Button(
                getTranslation("upsell.board.newPipeline"), click -> new PipelineDialog(pipelines, null,
                        saved -> reloadPipelines(saved.id())).open());
        newPipeline.setId("board-new-pipeline");
        newPipeline.setVisible(context.security().hasPermission(UpsellPermissions.EDIT_PIPELINE));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("upsell.board.title")), pipeline,
                configure, newPipeline);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        columns.setId("board-columns");
        columns.setWidthFull();
        columns.getStyle().set("overflow-x", "auto");
        // A region that scrolls sideways must be reachable by keyboard to scroll it, and named for screen readers.
        columns.getElement().setAttribute("tabindex", "0");
        columns.getElement().setAttribute("role", "region");
        columns.getElement().setAttribute("aria-label", getTranslation("upsell.board.title"));
        add(header, columns);
        expand(columns);
        reloadPipelines(null);
    }

    private void reloadPipelines(Long select) {
        List<Pipeline> all = pipelines.all();
        pipeline.setItems(all);
        all.stream().filter(one -> select == null || one.id() == select).findFirst().ifPresent(pipeline::setValue);
    }

    /** Draws the board again from the database. */
    public void refresh() {
        columns.removeAll();
        Pipeline shown = pipeline.getValue();
        if (shown == null) {
            return;
        }
        List<BoardColumn> board = queries.board(shown.id(), CARDS_PER_COLUMN);
        // every card's customer name in one read, not one read per card
        Map<Long, String> names = new java.util.HashMap<>();
        context.customers().findAll(board.stream().flatMap(column -> column.cards().stream())
                .map(Opportunity::customerId).distinct().toList())
                .forEach(customer -> names.put(customer.id(), customer.displayName()));
        String currency = context.money().reportingCurrency();
        for (BoardColumn column : board) {
            VerticalLayout lane = lane("board-stage-" + column.stage().id(), column.stage().name() + " · "
                    + column.stage().probability() + " %");
            Span totals = new Span(getTranslation("upsell.board.totals", column.count(),
                    formats.money(column.total(), currency), formats.money(column.weighted(), currency)));
            totals.addClassName("board-totals");
            lane.add(totals);
            if (column.withoutRate() > 0) {
                lane.add(new Span(getTranslation("upsell.board.withoutRate", column.withoutRate())));
            }
            column.cards().forEach(card -> lane.add(card(card, names.getOrDefault(card.customerId(),
                    "#" + card.customerId()))));
            DropTarget<VerticalLayout> target = DropTarget.create(lane);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(drop -> drop.getDragSourceComponent().ifPresent(source ->
                    moved(source, column.stage().id())));
            columns.add(lane);
        }
        if (context.security().hasPermission(UpsellPermissions.CLOSE_OPPORTUNITY)) {
            VerticalLayout won = lane("board-won", getTranslation("upsell.board.won"));
            VerticalLayout lost = lane("board-lost", getTranslation("upsell.board.lost"));
            DropTarget.create(won).addDropListener(drop -> drop.getDragSourceComponent().ifPresent(source -> close(source, true)));
            DropTarget.create(lost).addDropListener(drop -> drop.getDragSourceComponent().ifPresent(source -> close(source, false)));
            columns.add(won, lost);
        }
    }

    private VerticalLayout lane(String id, String title) {
        VerticalLayout lane = new VerticalLayout(new H4(title));
        lane.setId(id);
        lane.addClassName("board-lane");
        lane.setMinWidth("15em");
        lane.setWidth("15em");
        lane.setPadding(true);
        lane.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return lane;
    }

    private Component card(Opportunity opportunity, String customer) {
        Div card = new Div();
        card.setId("board-card-" + opportunity.id());
        card.addClassName("board-card");
        card.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("cursor", "grab").set("width", "100%");
        Span title = new Span(opportunity.title());
        title.getStyle().set("font-weight", "600").set("display", "block");
        Span who = new Span(customer);
        who.getStyle().set("display", "block");
        Span figures = new Span(formats.money(opportunity.amount(), opportunity.currency()) + " · "
                + formats.date(opportunity.expectedClose()));
        figures.getStyle().set("font-size", "var(--lumo-font-size-s)");
        card.add(title, who, figures);
        com.vaadin.flow.component.ComponentUtil.setData(card, Opportunity.class, opportunity);
        card.addClickListener(click -> openDialog(opportunity));
        // Dragging needs a mouse: the card is also a button that keyboard users reach with Tab and open with Enter,
        // and the dialog moves it (stage, Won, Lost).
        card.getElement().setAttribute("tabindex", "0").setAttribute("role", "button")
                .setAttribute("aria-label", opportunity.title() + ", " + customer);
        card.getElement().addEventListener("keydown", key -> openDialog(opportunity))
                .setFilter("event.key === 'Enter'");
        if (context.security().hasRole(Role.AGENT)) {
            DragSource.create(card).setDraggable(true);
        }
        return card;
    }

    private void openDialog(Opportunity opportunity) {
        new OpportunityDialog(context, pipelines, opportunities, opportunity, this::refresh).open();
    }

    private void moved(Component source, long stageId) {
        Opportunity opportunity = com.vaadin.flow.component.ComponentUtil.getData(source, Opportunity.class);
        if (opportunity == null || opportunity.stageId() == stageId) {
            return;
        }
        if (Feedback.attempt(this, Map.of(), () -> opportunities.moveToStage(opportunity.id(), opportunity.version(),
                stageId))) {
            Feedback.success(this, "upsell.board.moved", opportunity.title());
        }
        refresh();
    }

    private void close(Component source, boolean won) {
        Opportunity opportunity = com.vaadin.flow.component.ComponentUtil.getData(source, Opportunity.class);
        if (opportunity != null) {
            new CloseDialog(opportunities, opportunity, won, this::refresh).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upsell.board.title");
    }
}
