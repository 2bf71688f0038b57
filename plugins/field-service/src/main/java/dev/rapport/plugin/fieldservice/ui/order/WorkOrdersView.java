package dev.rapport.plugin.fieldservice.ui.order;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.intake.RequestIntake;
import dev.rapport.plugin.fieldservice.ui.Labels;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderStatus;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every work order, newest first (keyset-paged), filtered by status, or the one with the number typed (or given as
 * {@value #ORDER_PARAMETER} in the address); a new one by hand; the service requests waiting for a site above them.
 */
public final class WorkOrdersView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The query parameter naming one order to show, as the maintenance plans link to theirs. */
    public static final String ORDER_PARAMETER = "order";

    private final WorkOrderService workOrders;
    private final Select<WorkOrderStatus> status = new Select<>();
    private final IntegerField number = new IntegerField();
    private final Grid<WorkOrder> grid = new Grid<>();

    public WorkOrdersView(PluginContext context, WorkOrderService workOrders, FieldSettings settings,
                          RequestIntake intake) {
        this.workOrders = workOrders;
        setId("field-orders");
        setSizeFull();
        Formats formats = Formats.current();
        Map<Long, String> users = context.staff().activeUsers().stream()
                .collect(Collectors.toMap(UserInfo::id, UserInfo::displayName));
        status.setId("orders-status");
        status.setLabel(getTranslation("fieldservice.orders.status"));
        status.setItems(WorkOrderStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setItemLabelGenerator(value -> value == null ? getTranslation("fieldservice.orders.all")
                : Labels.LABELS.of(this, value));
        status.addValueChangeListener(change -> refresh());
        number.setId("orders-number");
        number.setLabel(getTranslation("fieldservice.orders.number"));
        number.setClearButtonVisible(true);
        number.setValueChangeMode(ValueChangeMode.LAZY);
        number.addValueChangeListener(change -> refresh());
        grid.setId("orders-grid");
        grid.addColumn(order -> "#" + order.id() + " " + order.title()).setHeader(getTranslation("fieldservice.orders.order"))
                .setFlexGrow(3);
        grid.addColumn(order -> context.customers().find(order.customerId()).map(CustomerInfo::displayName)
                .orElse("#" + order.customerId())).setHeader(getTranslation("fieldservice.orders.customer")).setFlexGrow(2);
        grid.addComponentColumn(order -> Labels.LABELS.badge(this, order.status(), order.status().isClosed()
                ? "success" : "")).setHeader(getTranslation("fieldservice.orders.status"));
        grid.addColumn(order -> Labels.LABELS.of(this, order.priority())).setHeader(getTranslation("fieldservice.orders.priority"));
        grid.addColumn(order -> order.technicianId() == null ? "" : users.getOrDefault(order.technicianId(), ""))
                .setHeader(getTranslation("fieldservice.board.technician"));
        grid.addColumn(order -> order.plannedStart() == null ? "" : formats.dateTime(order.plannedStart()))
                .setHeader(getTranslation("fieldservice.orders.planned"));
        grid.setEmptyStateText(getTranslation("fieldservice.orders.empty"));
        Button create = new Button(getTranslation("fieldservice.orders.new"), VaadinIcon.PLUS.create(), click ->
                new NewWorkOrderDialog(context, workOrders, settings.zone(), id -> {
                    Feedback.success(this, "fieldservice.orders.created", id);
                    refresh();
                }).open());
        create.setId("orders-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(context.security().hasRole(Role.AGENT));
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("fieldservice.orders.title")), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        WaitingRequests waiting = new WaitingRequests(context, intake, id -> {
            Feedback.success(this, "fieldservice.orders.created", id);
            refresh();
        });
        waiting.setVisible(waiting.isVisible() && context.security().hasRole(Role.AGENT));
        add(header, waiting, new HorizontalLayout(status, number), grid);
        expand(grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(ORDER_PARAMETER).filter(id -> id.matches("\\d{1,9}"))
                .ifPresent(id -> number.setValue(Integer.parseInt(id)));
    }

    private void refresh() {
        if (number.getValue() != null) {
            grid.setItems(workOrders.find(number.getValue()).filter(order -> status.getValue() == null
                    || order.status() == status.getValue()).stream().toList());
            return;
        }
        WorkOrderStatus filter = status.getValue();
        KeysetPager<WorkOrder> pager = new KeysetPager<>((after, limit) ->
                workOrders.page(filter, after == null ? 0 : after.id(), limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fieldservice.orders.title");
    }
}
