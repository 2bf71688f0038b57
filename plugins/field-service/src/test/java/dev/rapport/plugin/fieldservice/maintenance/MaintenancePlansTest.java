package dev.rapport.plugin.fieldservice.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Planned maintenance becomes a work order within the lead time, once, even when the generation runs again. */
class MaintenancePlansTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @Test
    void aVisitDueWithinTheLeadTimeBecomesOneWorkOrder() {
        MaintenancePlans plans = kernel.service(MaintenancePlans.class);
        WorkOrderService workOrders = kernel.service(WorkOrderService.class);
        LocalDate today = LocalDate.ofInstant(kernel.context().clock().instant(),
                kernel.service(FieldSettings.class).zone());
        CustomerInfo customer = kernel.createOrganisation(kernel.unique("Plant "));
        long soon = kernel.callAsPlugin(() -> plans.create(customer.id(), "Annual service", "Works 1", 48.1, 11.5,
                "heating", 60, 365, today.plusDays(3)));
        long later = kernel.callAsPlugin(() -> plans.create(customer.id(), "Annual service", "Works 2", 48.1, 11.5,
                "heating", 60, 365, today.plusDays(60)));

        kernel.runAsPlugin(() -> plans.generateDue(() -> false));
        kernel.runAsPlugin(() -> plans.generateDue(() -> false));

        assertThat(workOrders.existsFromOrigin(Origin.MAINTENANCE, soon + "@" + today.plusDays(3))).isTrue();
        assertThat(workOrders.existsFromOrigin(Origin.MAINTENANCE, soon + "@" + today.plusDays(368))).isFalse();
        assertThat(workOrders.existsFromOrigin(Origin.MAINTENANCE, later + "@" + today.plusDays(60))).isFalse();
        assertThat(workOrders.page(null, 0, 500).stream().filter(order -> order.customerId() == customer.id()))
                .singleElement().satisfies(order -> assertThat(order.windowStart()).isNotNull());
    }
}
