package dev.rapport.plugin.fieldservice.ui.maintenance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlan;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlans;
import dev.rapport.plugin.fieldservice.ui.FieldNavigation;
import dev.rapport.plugin.fieldservice.ui.Labels;
import dev.rapport.plugin.fieldservice.ui.order.WorkOrdersView;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.Map;

/**
 * The chosen plan: for managers "Edit", "Deactivate" (or "Resume") and "Delete" (both asked first), and for everyone
 * the work orders the plan has made, newest first, each linked to the work orders page.
 */
final class PlanDetail extends VerticalLayout {

    /** What the detail asks of its page. */
    interface Actions {
        void edit(MaintenancePlan plan);

        void changed();
    }

    PlanDetail(MaintenancePlans plans, MaintenancePlan plan, boolean manager, Actions actions) {
        setId("plan-detail");
        setPadding(false);
        String name = plan.draft().title();
        Button edit = new Button(getTranslation("fieldservice.plans.edit"), click -> actions.edit(plan));
        edit.setId("plan-edit");
        String activeKey = plan.active() ? "fieldservice.plans.deactivate" : "fieldservice.plans.resume";
        Button active = new Button(getTranslation(activeKey), click -> {
            Runnable change = () -> {
                if (Feedback.attempt(this, Map.of(), () -> plans.setActive(plan.id(), plan.version(), !plan.active()))) {
                    Feedback.success(this, plan.active() ? "fieldservice.plans.deactivated" : "fieldservice.plans.resumed",
                            name);
                    actions.changed();
                }
            };
            if (plan.active()) {
                Confirmation.ask(this, "plan-deactivate-confirm", "fieldservice.plans.deactivateTitle",
                        getTranslation("fieldservice.plans.deactivateQuestion", name), activeKey, change);
            } else {
                change.run();
            }
        });
        active.setId("plan-active");
        Button delete = new Button(getTranslation("fieldservice.plans.delete"), click -> Confirmation.ask(this,
                "plan-delete-confirm", "fieldservice.plans.deleteTitle",
                getTranslation("fieldservice.plans.deleteQuestion", name), "fieldservice.plans.delete", () -> {
                    if (Feedback.attempt(this, Map.of(), () -> plans.delete(plan.id(), plan.version()))) {
                        Feedback.success(this, "fieldservice.plans.deleted", name);
                        actions.changed();
                    }
                }));
        delete.setId("plan-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(edit, active, delete);
        buttons.setVisible(manager);
        add(new H3(getTranslation("fieldservice.plans.ordersOf", name)), buttons, orders(plans, plan));
    }

    private Grid<WorkOrder> orders(MaintenancePlans plans, MaintenancePlan plan) {
        Formats formats = Formats.current();
        Grid<WorkOrder> grid = new Grid<>();
        grid.setId("plan-orders");
        grid.addComponentColumn(order -> {
            Anchor link = new Anchor(FieldNavigation.ORDERS + "?" + WorkOrdersView.ORDER_PARAMETER + "=" + order.id(), "#" + order.id() + " " + order.title());
            link.setId("plan-order-" + order.id());
            return link;
        }).setKey("order").setHeader(getTranslation("fieldservice.orders.order")).setFlexGrow(3);
        grid.addColumn(order -> formats.dateTime(order.windowStart())).setHeader(getTranslation("fieldservice.orders.windowStart"));
        grid.addComponentColumn(order -> Labels.LABELS.badge(this, order.status(), order.status().isClosed()
                ? "success" : "")).setHeader(getTranslation("fieldservice.orders.status"));
        grid.setEmptyStateText(getTranslation("fieldservice.plans.noOrders"));
        grid.setHeight("14em");
        KeysetPager<WorkOrder> pager = new KeysetPager<>((after, limit) ->
                plans.workOrders(plan.id(), after == null ? 0 : after.id(), limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        return grid;
    }
}
