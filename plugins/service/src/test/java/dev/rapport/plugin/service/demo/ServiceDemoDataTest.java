package dev.rapport.plugin.service.demo;

import static dev.rapport.plugin.service.db.Tables.SVC_AGREEMENT;
import static dev.rapport.plugin.service.db.Tables.SVC_AGREEMENT_TARGET;
import static dev.rapport.plugin.service.db.Tables.SVC_HANDLED_INTERACTION;
import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;
import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.rma.Rma;
import dev.rapport.plugin.service.rma.RmaService;
import dev.rapport.plugin.service.rma.RmaStatus;
import dev.rapport.plugin.service.survey.SurveyService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.security.Role;
import dev.rapport.testkit.RapportKernel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A demo installation's first start fills the queues with requests in many statuses, once. */
class ServiceDemoDataTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @Test
    void theFirstDemoStartMakesQueuesAnAgreementAndRequestsInEveryStageOnce() {
        ServiceOnTestClock plugin = new ServiceOnTestClock(kernel, true);
        plugin.setClock(Instant.parse("2026-12-07T10:00:00Z"));
        kernel.createUser("Ali Agent", Role.AGENT, "service");
        kernel.createUser("Bea Agent", Role.AGENT, "service");
        IntStream.range(0, 40).forEach(i -> kernel.createPerson("Demo", kernel.unique("Customer " + i + " "),
                kernel.unique("demo") + "@example.com", false));
        // As on a first start: no demo data made yet, no requests or customer agreements of earlier tests.
        kernel.clearSettings();
        kernel.dsl().deleteFrom(SVC_REQUEST_EVENT).execute();
        kernel.dsl().deleteFrom(SVC_HANDLED_INTERACTION).execute();
        kernel.dsl().deleteFrom(SVC_REQUEST).execute();
        kernel.dsl().deleteFrom(SVC_AGREEMENT_TARGET).where(SVC_AGREEMENT_TARGET.AGREEMENT_ID.in(kernel.dsl()
                .select(SVC_AGREEMENT.ID).from(SVC_AGREEMENT).where(SVC_AGREEMENT.CUSTOMER_ID.isNotNull()))).execute();
        kernel.dsl().deleteFrom(SVC_AGREEMENT).where(SVC_AGREEMENT.CUSTOMER_ID.isNotNull()).execute();
        // The demo serves the first forty customers of the directory.
        List<CustomerInfo> customers = kernel.callAsPlugin(() -> kernel.context().customers()
                .list(CustomerQuery.ALL, null, 40));

        plugin.start();
        plugin.start();

        RequestService requests = plugin.service(RequestService.class);
        List<ServiceRequest> made = customers.stream().flatMap(customer -> requests.ofCustomer(customer.id(), 10).stream()).toList();
        assertThat(made).hasSize(40);
        Set<RequestStatus> statuses = made.stream().map(ServiceRequest::status).collect(Collectors.toSet());
        assertThat(statuses).contains(RequestStatus.WAITING_ON_CUSTOMER, RequestStatus.IN_PROGRESS, RequestStatus.RESOLVED);
        assertThat(made).anySatisfy(request -> assertThat(request.minutesLogged()).isPositive());
        assertThat(made).allSatisfy(request -> assertThat(request.openedAt()).isBefore(plugin.clock.instant()));
        assertThat(plugin.service(QueueService.class).all()).extracting(Queue::name).contains("Card disputes");
        assertThat(plugin.service(AgreementService.class).forCustomer(customers.getFirst().id()))
                .extracting(agreement -> agreement.name()).containsExactly("Premium support");
        SurveyService surveys = plugin.service(SurveyService.class);
        assertThat(made).filteredOn(request -> request.status() == RequestStatus.RESOLVED
                || request.status() == RequestStatus.CLOSED).allSatisfy(request ->
                assertThat(surveys.ofRequest(request.id())).as("invited after resolution").isPresent());
        assertThat(made).anySatisfy(request -> assertThat(surveys.ofRequest(request.id())).hasValueSatisfying(
                survey -> assertThat(survey.answered()).isTrue()));
        List<Long> requestIds = made.stream().map(ServiceRequest::id).toList();
        assertThat(plugin.service(RmaService.class).page(null, null, 200)).filteredOn(rma ->
                requestIds.contains(rma.requestId())).extracting(Rma::status).contains(RmaStatus.COMPLETED);
    }
}
