package dev.rapport.plugin.service.ui.rma;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.service.rma.Rma;
import dev.rapport.plugin.service.rma.RmaService;
import dev.rapport.plugin.service.rma.RmaStatus;
import dev.rapport.plugin.service.ui.Links;
import dev.rapport.plugin.service.ui.ServiceNavigation;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.ui.Formats;

/** Every return, newest first, keyset-paged, filtered by status; each links to its request. */
public final class RmaListView extends VerticalLayout implements HasDynamicTitle {

    private final RmaService rmas;
    private final Select<RmaStatus> status = new Select<>();
    private final Grid<Rma> grid = new Grid<>();

    public RmaListView(PluginContext context, RmaService rmas) {
        this.rmas = rmas;
        setId("service-rmas");
        setSizeFull();
        Formats formats = Formats.current();
        status.setId("rmas-status");
        status.setLabel(getTranslation("service.rma.status"));
        status.setItems(RmaStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("service.rma.allStatuses"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("service.rma.allStatuses")
                : LABELS.of(this, value));
        status.addValueChangeListener(change -> refresh());
        grid.setId("rmas-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(rma -> Links.to(ServiceNavigation.request(rma.requestId()),
                getTranslation("service.rma.number", rma.id()))).setHeader(getTranslation("service.rma.return"));
        grid.addColumn(rma -> formats.dateTime(rma.requestedAt())).setHeader(getTranslation("service.rma.requestedAt"));
        grid.addColumn(rma -> context.customers().find(rma.customerId()).map(CustomerInfo::displayName)
                .orElse("#" + rma.customerId())).setHeader(getTranslation("service.queue.customer")).setFlexGrow(2);
        grid.addColumn(Rma::reason).setHeader(getTranslation("service.rma.reason")).setFlexGrow(3);
        grid.addComponentColumn(rma -> LABELS.badge(this, rma.status(), "")).setHeader(getTranslation("service.rma.status"));
        grid.addColumn(rma -> rma.trackingNumber() == null ? "" : rma.trackingNumber())
                .setHeader(getTranslation("service.rma.tracking"));
        grid.addColumn(rma -> rma.outcome() == null ? "" : LABELS.of(this, rma.outcome())
                + (rma.refundAmount() == null ? "" : " " + formats.money(rma.refundAmount(), rma.refundCurrency())))
                .setHeader(getTranslation("service.rma.outcome"));
        grid.setEmptyStateText(getTranslation("service.rma.empty"));
        add(new H2(getTranslation("service.rma.listTitle")), status, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        RmaStatus chosen = status.getValue();
        KeysetPager<Rma> pager = new KeysetPager<>((after, limit) -> rmas.page(chosen, after, limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("service.rma.listTitle");
    }
}
