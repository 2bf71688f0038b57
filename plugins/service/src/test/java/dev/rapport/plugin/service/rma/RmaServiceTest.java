package dev.rapport.plugin.service.rma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.service.agreement.Agreement;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.request.HistoryEntry;
import dev.rapport.plugin.service.request.HistoryKind;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.plugin.service.ui.customer.RmaTimeline;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.TimelineItem;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Returns against the real database: approved by warranty (a purchase within the warranty period) or by the
 * customer's agreement, refused (with a reason) otherwise unless approved as goodwill; shipped, received and
 * inspected; a refund recorded once as the customer's transaction; every step in the request's history, the return on
 * the customer's timeline; a stale version refused; deciding needs the permission agents lack by default.
 */
class RmaServiceTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final RmaService rmas = plugin.service(RmaService.class);
    private final UserInfo agent = plugin.agent("Alex Agent");
    private final Queue queue = plugin.queue(AssignmentMode.MANUAL, List.of());
    private final CustomerInfo customer = plugin.customer();
    private final ProductInfo router = kernel.createProduct(kernel.unique("R"), "Router X2");

    private long openRequest(String category) {
        plugin.actAs(agent);
        return requests.open(new RequestDraft(customer.id(), null, queue.id(), "Router broken", null, Channel.PHONE,
                category, Priority.NORMAL, router.id(), null));
    }

    @Test
    void aReturnUnderWarrantyIsApprovedShippedReceivedAndRefundedOnceOnTheCustomersHistory() {
        kernel.recordTransaction(customer.id(), TransactionKind.PURCHASE, "129.90", "EUR", router.id(),
                plugin.clock.instant().minus(Duration.ofDays(90)));
        long requestId = openRequest("hardware");
        long id = rmas.request(requestId, router.id(), "Does not power on");
        assertThat(rmas.coverageOf(rmas.get(id))).contains(Coverage.WARRANTY);

        plugin.actAs(plugin.manager);
        rmas.approve(id, rmas.get(id).version(), null);
        plugin.actAs(agent);
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThatThrownBy(() -> rmas.ship(id, rmas.get(id).version(), "1Z999", today.plusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("shippedOn"));
        rmas.ship(id, rmas.get(id).version(), " 1Z999 ", today);
        rmas.receive(id, rmas.get(id).version(), today);
        assertThatThrownBy(() -> rmas.inspect(id, rmas.get(id).version(), InspectionOutcome.REFUND, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("refund"));
        rmas.inspect(id, rmas.get(id).version(), InspectionOutcome.REFUND, "Power board dead", new BigDecimal("129.90"));

        Rma done = rmas.get(id);
        assertThat(done.status()).isEqualTo(RmaStatus.COMPLETED);
        assertThat(done.coverage()).isEqualTo(Coverage.WARRANTY);
        assertThat(done.trackingNumber()).isEqualTo("1Z999");
        assertThat(done.refundCurrency()).isEqualTo("EUR");
        List<TransactionInfo> refunds = kernel.context().customers().transactions(customer.id(), null, 10).stream()
                .filter(t -> t.kind() == TransactionKind.REFUND).toList();
        assertThat(refunds).singleElement().satisfies(refund -> {
            assertThat(refund.id()).isEqualTo(done.refundTransactionId());
            assertThat(refund.amount()).isEqualByComparingTo("129.90");
            assertThat(refund.productId()).isEqualTo(router.id());
            assertThat(refund.sourceSystem()).isEqualTo("plugin:service");
        });
        assertThatThrownBy(() -> rmas.inspect(id, done.version(), InspectionOutcome.REFUND, null, BigDecimal.ONE))
                .as("a completed return is not inspected twice").isInstanceOf(ValidationException.class);
        assertThat(requests.history(requestId, 0, 100)).filteredOn(entry -> entry.kind() == HistoryKind.RMA)
                .extracting(HistoryEntry::toValue, HistoryEntry::actorUserId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("REQUESTED", agent.id()),
                        org.assertj.core.groups.Tuple.tuple("APPROVED", plugin.manager.id()),
                        org.assertj.core.groups.Tuple.tuple("SHIPPED", agent.id()),
                        org.assertj.core.groups.Tuple.tuple("RECEIVED", agent.id()),
                        org.assertj.core.groups.Tuple.tuple("COMPLETED", agent.id()));
        List<TimelineItem> timeline = new RmaTimeline(kernel.context(), rmas).entries(customer.id(), null, 10,
                Locale.ENGLISH);
        assertThat(timeline).singleElement().satisfies(item -> {
            assertThat(item.subject()).isEqualTo("Return #" + id + " · Does not power on");
            assertThat(item.detail()).isEqualTo("Completed · Refund");
            assertThat(item.link()).isEqualTo("service/requests/" + requestId);
        });
    }

    @Test
    void withoutCoverageAReturnIsRefusedWithAReasonOrApprovedAsGoodwillOnlyWithOne() {
        kernel.recordTransaction(customer.id(), TransactionKind.PURCHASE, "129.90", "EUR", router.id(),
                plugin.clock.instant().minus(Duration.ofDays(800)));
        long requestId = openRequest("hardware");
        long refused = rmas.request(requestId, router.id(), "Scratched");
        long goodwill = rmas.request(requestId, router.id(), "Fan noisy");
        assertThat(rmas.coverageOf(rmas.get(refused))).as("bought more than 24 months ago").isEmpty();

        assertThatThrownBy(() -> rmas.approve(refused, 0, null)).as("an agent lacks service.approve-rma")
                .isInstanceOf(AccessDeniedException.class);
        plugin.actAs(plugin.manager);
        assertThatThrownBy(() -> rmas.approve(refused, 0, " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::messageKey).containsExactly("service.rma.validation.goodwill"));
        assertThatThrownBy(() -> rmas.refuse(refused, 0, "")).isInstanceOf(ValidationException.class);
        rmas.refuse(refused, 0, "Cosmetic damage is not covered");
        rmas.approve(goodwill, 0, "Long-standing customer");
        assertThatThrownBy(() -> rmas.refuse(goodwill, 0, "Changed my mind")).as("the version seen is stale")
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(rmas.get(refused)).satisfies(rma -> {
            assertThat(rma.status()).isEqualTo(RmaStatus.REFUSED);
            assertThat(rma.decisionReason()).isEqualTo("Cosmetic damage is not covered");
        });
        assertThat(rmas.get(goodwill).coverage()).isEqualTo(Coverage.GOODWILL);
        assertThat(rmas.page(RmaStatus.REFUSED, null, 50)).extracting(Rma::id).contains(refused).doesNotContain(goodwill);
        List<Rma> first = rmas.page(null, null, 1);
        assertThat(first).extracting(Rma::id).containsExactly(goodwill);
        assertThat(rmas.page(null, first.getFirst(), 1)).extracting(Rma::id).containsExactly(refused);
    }

    @Test
    void theCustomersAgreementCoveringTheProductCoversItsReturn() {
        plugin.actAs(plugin.manager);
        AgreementService agreements = plugin.service(AgreementService.class);
        long calendar = agreements.calendars().getFirst().id();
        agreements.saveAgreement(new Agreement(0, kernel.unique("Care "), customer.id(), router.id(), Set.of(),
                LocalDate.of(2026, 1, 1), null, calendar, AgreementService.standardTargets(), 0));
        long requestId = openRequest(null);
        plugin.actAs(plugin.manager);

        long id = rmas.request(requestId, router.id(), "Overheats");
        rmas.approve(id, 0, null);

        assertThat(rmas.get(id).coverage()).isEqualTo(Coverage.AGREEMENT);
        assertThatThrownBy(() -> rmas.request(requestId, null, " ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
    }
}
