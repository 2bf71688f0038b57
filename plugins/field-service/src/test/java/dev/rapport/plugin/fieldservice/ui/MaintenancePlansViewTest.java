package dev.rapport.plugin.fieldservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlan;
import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlans;
import dev.rapport.plugin.fieldservice.ui.maintenance.MaintenancePlansView;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.security.Role;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A dispatcher enters a maintenance plan (refused on the fields while the interval, coordinates and due date are
 * wrong), makes its due work order now and follows the link to it, then deactivates and deletes the plan, each asked
 * first; someone who is not a manager reads the plans but cannot change them.
 */
class MaintenancePlansViewTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @Test
    void aDispatcherEntersAPlanGeneratesItsDueOrderAndRetiresThePlan() {
        CustomerInfo customer = kernel.createOrganisation(kernel.unique("Laundry "));
        FieldSettings settings = kernel.service(FieldSettings.class);
        MaintenancePlans plans = kernel.service(MaintenancePlans.class);
        LocalDate today = LocalDate.ofInstant(kernel.context().clock().instant(), settings.zone());
        kernel.signIn(kernel.createUser("Dora Dispatch", Role.MANAGER, "field"));
        UI.getCurrent().add(new MaintenancePlansView(kernel.context(), plans, settings));

        _click(_get(Button.class, spec -> spec.withId("plans-new")));
        @SuppressWarnings("unchecked")
        ComboBox<CustomerInfo> customerField = _get(ComboBox.class, spec -> spec.withId("plan-customer"));
        customerField.setValue(customer);
        _get(TextField.class, spec -> spec.withId("plan-title")).setValue("Dryer service");
        _get(TextField.class, spec -> spec.withId("plan-address")).setValue("Wash Street 4");
        _get(NumberField.class, spec -> spec.withId("plan-lat")).setValue(48.15);
        _get(TextField.class, spec -> spec.withId("plan-skills")).setValue("Laundry");
        _get(IntegerField.class, spec -> spec.withId("plan-interval")).setValue(0);
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        assertThat(_get(IntegerField.class, spec -> spec.withId("plan-interval")).isInvalid()).isTrue();
        assertThat(_get(NumberField.class, spec -> spec.withId("plan-lat")).isInvalid()).isTrue();
        assertThat(_get(DatePicker.class, spec -> spec.withId("plan-due")).isInvalid()).isTrue();
        assertThat(plans.page(false, null, 1000)).as("nothing saved")
                .noneMatch(plan -> plan.draft().customerId() == customer.id());

        _get(NumberField.class, spec -> spec.withId("plan-lon")).setValue(11.55);
        _get(IntegerField.class, spec -> spec.withId("plan-interval")).setValue(90);
        _get(DatePicker.class, spec -> spec.withId("plan-due")).setValue(today.plusDays(2));
        _click(_get(Button.class, spec -> spec.withId("plan-save")));
        MaintenancePlan saved = plans.page(false, null, 1000).stream()
                .filter(plan -> plan.draft().customerId() == customer.id()).findFirst().orElseThrow();
        assertThat(saved.draft().skills()).containsExactly("laundry");

        _click(_get(Button.class, spec -> spec.withId("plans-generate")));
        assertThat(getNotifications()).extracting(notification -> notification.getElement().getProperty("text"))
                .anyMatch(text -> text.matches("[1-9]\\d* work orders made for visits due within "
                        + settings.maintenanceLeadDays() + " days"));
        @SuppressWarnings("unchecked")
        Grid<MaintenancePlan> grid = _get(Grid.class, spec -> spec.withId("plans-grid"));
        MaintenancePlan moved = plans.find(saved.id()).orElseThrow();
        assertThat(moved.draft().nextDue()).isEqualTo(today.plusDays(92));
        grid.select(moved);
        @SuppressWarnings("unchecked")
        Grid<WorkOrder> orders = _get(Grid.class, spec -> spec.withId("plan-orders"));
        assertThat(GridKt._size(orders)).isEqualTo(1);
        WorkOrder made = GridKt._get(orders, 0);
        assertThat(made.originRef()).isEqualTo(saved.id() + "@" + today.plusDays(2));
        assertThat(((Anchor) GridKt._getCellComponent(orders, 0, "order")).getHref())
                .isEqualTo(FieldNavigation.ORDERS + "?order=" + made.id());

        _click(_get(Button.class, spec -> spec.withId("plan-active")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("plan-deactivate-confirm")));
        assertThat(plans.find(saved.id()).orElseThrow().active()).isFalse();
        assertThat(GridKt._findAll(grid)).as("the active ones only").extracting(MaintenancePlan::id)
                .doesNotContain(saved.id());

        _get(Checkbox.class, spec -> spec.withId("plans-active-only")).setValue(false);
        grid.select(plans.find(saved.id()).orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("plan-delete")));
        _fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("plan-delete-confirm")));
        assertThat(plans.find(saved.id())).isEmpty();
        assertThat(kernel.service(WorkOrderService.class).find(made.id()))
                .as("the work order it made stays").isPresent();
    }

    @Test
    void anAgentReadsThePlansButCannotChangeThem() {
        kernel.signIn(kernel.createUser(Role.AGENT, "field"));
        UI.getCurrent().add(new MaintenancePlansView(kernel.context(), kernel.service(MaintenancePlans.class),
                kernel.service(FieldSettings.class)));

        assertThat(_find(Button.class, spec -> spec.withId("plans-new"))).as("hidden").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("plans-generate"))).as("hidden").isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("plans-grid"))).hasSize(1);
    }
}
