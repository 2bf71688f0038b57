package dev.rapport.plugin.fieldservice.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.fieldservice.maintenance.MaintenancePlans;
import dev.rapport.plugin.fieldservice.maintenance.PlanDraft;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrder;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderStatus;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The service plugin's requests, published as that plugin would (the plugin itself is not there), become work orders
 * when their category needs a visit: at once at the customer's known site, or after a dispatcher entered the site;
 * once each however often delivered.
 */
class RequestIntakeTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private static final AtomicLong REQUEST_IDS = new AtomicLong(System.currentTimeMillis());

    @Test
    void aRepairRequestOfACustomerWithAKnownSiteBecomesOneUnscheduledWorkOrder() {
        CustomerInfo customer = kernel.createOrganisation(kernel.unique("Bakery "));
        kernel.callAsPlugin(() -> kernel.service(MaintenancePlans.class).create(new PlanDraft(customer.id(),
                "Oven check", "Mill Lane 3", new GeoPoint(48.14, 11.58), Set.of("ovens"), 60, 180,
                LocalDate.now().plusDays(100))));
        long requestId = REQUEST_IDS.incrementAndGet();
        RequestOpened opened = new RequestOpened(customer.id(), requestId, "PHONE", "Repair", "HIGH");
        kernel.publishAs("service", opened);
        kernel.publishAs("service", opened);
        kernel.awaitEvents();

        WorkOrderService workOrders = kernel.service(WorkOrderService.class);
        long orderId = workOrders.idFromOrigin(Origin.SERVICE_REQUEST, Long.toString(requestId)).orElseThrow();
        WorkOrder order = workOrders.get(orderId);
        assertThat(order.customerId()).isEqualTo(customer.id());
        assertThat(order.siteAddress()).isEqualTo("Mill Lane 3");
        assertThat(order.priority()).isEqualTo(Priority.HIGH);
        assertThat(order.status()).isEqualTo(WorkOrderStatus.UNSCHEDULED);
        assertThat(order.title()).contains("#" + requestId).contains("Repair");
        assertThat(workOrders.page(null, 0, 500)).filteredOn(each -> each.customerId() == customer.id()).hasSize(1);
        assertThat(kernel.service(RequestIntake.class).find(requestId).orElseThrow().workOrderId()).isEqualTo(orderId);
    }

    @Test
    void aRequestWithoutAKnownSiteWaitsForTheDispatcherAndOtherCategoriesAreLeftAlone() {
        CustomerInfo customer = kernel.createOrganisation(kernel.unique("Newcomer "));
        long visit = REQUEST_IDS.incrementAndGet();
        long question = REQUEST_IDS.incrementAndGet();
        long resolvedFirst = REQUEST_IDS.incrementAndGet();
        kernel.publishAs("service", new RequestOpened(customer.id(), visit, "EMAIL", "installation", "NORMAL"));
        kernel.publishAs("service", new RequestOpened(customer.id(), question, "EMAIL", "billing", "NORMAL"));
        kernel.publishAs("service", new RequestOpened(customer.id(), resolvedFirst, "EMAIL", "on-site", "LOW"));
        kernel.publishAs("service", new RequestResolved(customer.id(), resolvedFirst, 30, true, 10));
        kernel.awaitEvents();

        RequestIntake intake = kernel.service(RequestIntake.class);
        assertThat(intake.find(question)).isEmpty();
        assertThat(intake.waiting(0, 10_000)).extracting(WaitingRequest::requestId).contains(visit)
                .doesNotContain(resolvedFirst);
        long orderId = kernel.callAsPlugin(() -> intake.complete(visit, "Harbour Road 9", 53.55, 9.99));
        assertThat(kernel.service(WorkOrderService.class).get(orderId).origin()).isEqualTo(Origin.SERVICE_REQUEST);
        assertThat(intake.waiting(0, 10_000)).extracting(WaitingRequest::requestId).doesNotContain(visit);
        assertThat(kernel.callAsPlugin(() -> intake.complete(visit, "Elsewhere 1", 1, 1))).isEqualTo(orderId);
    }
}
