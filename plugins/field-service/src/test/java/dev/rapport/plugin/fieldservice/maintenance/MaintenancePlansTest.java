package dev.rapport.plugin.fieldservice.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.testkit.RapportKernel;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Planned maintenance becomes a work order within the lead time, once, even when the generation runs again; plans are
 * checked field by field, a save on a stale version is refused, and a deactivated plan makes nothing.
 */
class MaintenancePlansTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @Test
    void aVisitDueWithinTheLeadTimeBecomesOneWorkOrder() {
        MaintenancePlans plans = kernel.service(MaintenancePlans.class);
        WorkOrderService workOrders = kernel.service(WorkOrderService.class);
        LocalDate today = today();
        CustomerInfo customer = kernel.createOrganisation(kernel.unique("Plant "));
        long soon = kernel.callAsPlugin(() -> plans.create(plan(customer, "Works 1", today.plusDays(3))));
        long later = kernel.callAsPlugin(() -> plans.create(plan(customer, "Works 2", today.plusDays(60))));

        kernel.runAsPlugin(() -> plans.generateDue(() -> false));
        kernel.runAsPlugin(() -> plans.generateDue(() -> false));

        assertThat(workOrders.existsFromOrigin(Origin.MAINTENANCE, soon + "@" + today.plusDays(3))).isTrue();
        assertThat(workOrders.existsFromOrigin(Origin.MAINTENANCE, soon + "@" + today.plusDays(368))).isFalse();
        assertThat(workOrders.existsFromOrigin(Origin.MAINTENANCE, later + "@" + today.plusDays(60))).isFalse();
        assertThat(workOrders.page(null, 0, 500).stream().filter(order -> order.customerId() == customer.id()))
                .singleElement().satisfies(order -> assertThat(order.windowStart()).isNotNull());
        assertThat(plans.workOrders(soon, 0, 10)).extracting(WorkOrder::originRef)
                .containsExactly(soon + "@" + today.plusDays(3));
        assertThat(plans.workOrders(later, 0, 10)).isEmpty();
        assertThat(plans.find(soon).orElseThrow().draft().nextDue()).isEqualTo(today.plusDays(368));
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        MaintenancePlans plans = kernel.service(MaintenancePlans.class);
        PlanDraft bad = new PlanDraft(0, " ", "", new GeoPoint(91, Double.NaN), Set.of(), 0, 0, null);

        assertThatThrownBy(() -> kernel.callAsPlugin(() -> plans.create(bad)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("customer", "title", "siteAddress",
                                "site", "duration", "interval", "nextDue"));
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedAndADeactivatedPlanMakesNothing() {
        MaintenancePlans plans = kernel.service(MaintenancePlans.class);
        CustomerInfo customer = kernel.createOrganisation(kernel.unique("Depot "));
        long id = kernel.callAsPlugin(() -> plans.create(plan(customer, "Yard 1", today().plusDays(1))));
        MaintenancePlan read = plans.find(id).orElseThrow();

        kernel.runAsPlugin(() -> plans.update(id, read.version(), plan(customer, "Yard 2", today().plusDays(2))));
        assertThatThrownBy(() -> kernel.runAsPlugin(() -> plans.setActive(id, read.version(), false)))
                .isInstanceOf(ConcurrentEditException.class);

        MaintenancePlan current = plans.find(id).orElseThrow();
        assertThat(current.draft().siteAddress()).isEqualTo("Yard 2");
        assertThat(current.draft().skills()).containsExactly("heating");
        kernel.runAsPlugin(() -> plans.setActive(id, current.version(), false));
        kernel.runAsPlugin(() -> plans.generateDue(() -> false));
        assertThat(plans.workOrders(id, 0, 10)).isEmpty();
        assertThat(plans.page(true, null, 1000)).extracting(MaintenancePlan::id).doesNotContain(id);
        assertThat(plans.page(false, null, 1000)).extracting(MaintenancePlan::id).contains(id);
    }

    private static PlanDraft plan(CustomerInfo customer, String site, LocalDate due) {
        return new PlanDraft(customer.id(), "Annual service", site, new GeoPoint(48.1, 11.5), Set.of(" Heating "), 60,
                365, due);
    }

    private static LocalDate today() {
        return LocalDate.ofInstant(kernel.context().clock().instant(), kernel.service(FieldSettings.class).zone());
    }
}
