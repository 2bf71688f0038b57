package dev.rapport.plugin.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.ServicePlugin;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.testing.TestContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A demo installation's first start fills the queues with requests in many statuses, once. */
class ServiceDemoDataTest {

    @Test
    void theFirstDemoStartMakesQueuesAnAgreementAndRequestsInEveryStageOnce() {
        TestContext context = new TestContext();
        context.demo = true;
        context.setClock(Instant.parse("2026-12-07T10:00:00Z"));
        context.kernel.addUser("Dora Demo", Role.MANAGER, "service");
        context.kernel.addUser("Ali Agent", Role.AGENT, "service");
        context.kernel.addUser("Bea Agent", Role.AGENT, "service");
        List<CustomerInfo> customers = java.util.stream.IntStream.range(0, 40).mapToObj(i -> context.customers.add(
                CustomerKind.PERSON, "Demo Customer " + i, "demo" + i + "@example.com", null, false, null)).toList();

        new ServicePlugin(context).start();
        new ServicePlugin(context).start();

        RequestService requests = context.provided(RequestService.class);
        List<ServiceRequest> made = customers.stream().flatMap(customer -> requests.ofCustomer(customer.id(), 10).stream()).toList();
        assertThat(made).hasSize(40);
        Set<RequestStatus> statuses = made.stream().map(ServiceRequest::status).collect(Collectors.toSet());
        assertThat(statuses).contains(RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED);
        assertThat(made).anySatisfy(request -> assertThat(request.minutesLogged()).isPositive());
        assertThat(made).allSatisfy(request -> assertThat(request.openedAt()).isBefore(context.clock.instant()));
        assertThat(context.provided(QueueService.class).all()).extracting(Queue::name).contains("Card disputes");
        assertThat(context.provided(AgreementService.class).forCustomer(customers.getFirst().id()))
                .extracting(agreement -> agreement.name()).containsExactly("Premium support");
    }
}
