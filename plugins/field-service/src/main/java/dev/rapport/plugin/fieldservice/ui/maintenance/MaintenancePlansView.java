package dev.rapport.plugin.fieldservice.ui.maintenance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlan;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlans;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.paging.KeysetPager;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.time.LocalDate;

/**
 * Agreements' planned maintenance: every plan by next due date (keyset-paged; the active ones unless asked for all),
 * and beside the chosen one its actions and the work orders it made. Managers (the dispatchers) enter and change
 * plans and can make the due work orders now instead of waiting for the nightly job; the others read.
 */
public final class MaintenancePlansView extends VerticalLayout implements HasDynamicTitle {

    private final PluginContext context;
    private final MaintenancePlans plans;
    private final FieldSettings settings;
    private final boolean manager;
    private final Checkbox activeOnly = new Checkbox();
    private final Grid<MaintenancePlan> grid = new Grid<>();
    private final Div detail = new Div();

    public MaintenancePlansView(PluginContext context, MaintenancePlans plans, FieldSettings settings) {
        this.context = context;
        this.plans = plans;
        this.settings = settings;
        this.manager = context.security().hasRole(Role.MANAGER);
        setId("field-maintenance");
        setSizeFull();
        Button create = new Button(getTranslation("fieldservice.plans.new"), VaadinIcon.PLUS.create(),
                click -> edit(null));
        create.setId("plans-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button generate = new Button(getTranslation("fieldservice.plans.generate"), VaadinIcon.COG.create(),
                click -> generate());
        generate.setId("plans-generate");
        create.setVisible(manager);
        generate.setVisible(manager);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("fieldservice.plans.title")), create,
                generate);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        activeOnly.setId("plans-active-only");
        activeOnly.setLabel(getTranslation("fieldservice.plans.activeOnly"));
        activeOnly.setValue(true);
        activeOnly.addValueChangeListener(change -> refresh());
        columns();
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        detail.setId("plan-detail-area");
        detail.setWidthFull();
        add(header, activeOnly, grid, detail);
        grid.setHeight("20em");
        refresh();
    }

    private void columns() {
        Formats formats = Formats.current();
        grid.setId("plans-grid");
        grid.addColumn(plan -> context.customers().find(plan.draft().customerId()).map(CustomerInfo::displayName)
                .orElse("#" + plan.draft().customerId())).setHeader(getTranslation("fieldservice.orders.customer"))
                .setFlexGrow(2);
        grid.addColumn(plan -> plan.draft().title()).setHeader(getTranslation("fieldservice.plans.titleField"))
                .setFlexGrow(2);
        grid.addColumn(plan -> plan.draft().siteAddress()).setHeader(getTranslation("fieldservice.orders.address"))
                .setFlexGrow(2);
        grid.addColumn(plan -> String.join(", ", plan.draft().skills())).setHeader(getTranslation("fieldservice.orders.skills"));
        grid.addColumn(plan -> plan.draft().durationMinutes()).setHeader(getTranslation("fieldservice.orders.duration"));
        grid.addColumn(plan -> getTranslation("fieldservice.plans.every", plan.draft().intervalDays()))
                .setHeader(getTranslation("fieldservice.plans.interval"));
        grid.addColumn(plan -> formats.date(plan.draft().nextDue())).setHeader(getTranslation("fieldservice.plans.nextDue"));
        grid.addColumn(plan -> getTranslation(plan.active() ? "fieldservice.plans.yes" : "fieldservice.plans.no"))
                .setHeader(getTranslation("fieldservice.plans.active"));
        grid.setEmptyStateText(getTranslation("fieldservice.plans.empty"));
    }

    private void refresh() {
        boolean onlyActive = activeOnly.getValue();
        KeysetPager<MaintenancePlan> pager = new KeysetPager<>((after, limit) -> plans.page(onlyActive, after, limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        detail.removeAll();
    }

    private void show(MaintenancePlan plan) {
        detail.removeAll();
        if (plan != null) {
            detail.add(new PlanDetail(plans, plan, manager, new PlanDetail.Actions() {
                @Override
                public void edit(MaintenancePlan chosen) {
                    MaintenancePlansView.this.edit(chosen);
                }

                @Override
                public void changed() {
                    refresh();
                }
            }));
        }
    }

    private void edit(MaintenancePlan plan) {
        new PlanDialog(context, plans, plan, today(), id -> {
            Feedback.success(this, "fieldservice.plans.saved");
            refresh();
            plans.find(id).ifPresent(grid::select);
        }).open();
    }

    /** Makes the work orders due within the lead time now, as the nightly job would, and says how many. */
    private void generate() {
        int made = plans.generateDue(() -> false);
        Feedback.success(this, "fieldservice.plans.generated", made, settings.maintenanceLeadDays());
        refresh();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(context.clock().instant(), settings.zone());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fieldservice.plans.title");
    }
}
