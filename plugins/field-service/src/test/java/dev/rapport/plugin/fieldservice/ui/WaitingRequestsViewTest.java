package dev.rapport.plugin.fieldservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.intake.RequestIntake;
import dev.rapport.plugin.fieldservice.intake.WaitingRequest;
import dev.rapport.plugin.fieldservice.ui.order.WorkOrdersView;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.security.Role;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A service request for a customer without a known site waits above the work orders; the dispatcher enters the site
 * (refused without coordinates) and the work order is made.
 */
class WaitingRequestsViewTest {

    /** Shaped as the service plugin's event of the same name. */
    record RequestOpened(Long customerId, long requestId, String channel, String category, String priority)
            implements PluginEvent {
    }

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @Test
    void theDispatcherEntersTheSiteOfAWaitingRequestAndTheWorkOrderIsMade() {
        CustomerInfo customer = kernel.createOrganisation(kernel.unique("Kiosk "));
        long requestId = System.currentTimeMillis();
        kernel.publishAs("service", new RequestOpened(customer.id(), requestId, "PHONE", "repair", "URGENT"));
        kernel.awaitEvents();
        kernel.signIn(kernel.createUser("Dora Dispatch", Role.MANAGER, "field"));
        UI.getCurrent().add(new WorkOrdersView(kernel.context(), kernel.service(WorkOrderService.class),
                kernel.service(FieldSettings.class), kernel.service(RequestIntake.class)));

        @SuppressWarnings("unchecked")
        Grid<WaitingRequest> waiting = _get(Grid.class, spec -> spec.withId("waiting-grid"));
        assertThat(GridKt._size(waiting)).isEqualTo(1);
        _click((Button) GridKt._getCellComponent(waiting, 0, "site"));
        _get(TextField.class, spec -> spec.withId("site-address")).setValue("Station Square 1");
        _click(_get(Button.class, spec -> spec.withId("site-save")));
        assertThat(_get(NumberField.class, spec -> spec.withId("site-lat")).isInvalid()).isTrue();

        _get(NumberField.class, spec -> spec.withId("site-lat")).setValue(52.52);
        _get(NumberField.class, spec -> spec.withId("site-lon")).setValue(13.40);
        _click(_get(Button.class, spec -> spec.withId("site-save")));

        assertThat(kernel.service(WorkOrderService.class).idFromOrigin(Origin.SERVICE_REQUEST, Long.toString(requestId)))
                .isPresent();
        assertThat(GridKt._size(waiting)).isZero();
    }
}
