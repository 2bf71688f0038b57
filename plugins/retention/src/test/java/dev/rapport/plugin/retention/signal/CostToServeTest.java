package dev.rapport.plugin.retention.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.retention.letgo.Decision;
import dev.rapport.plugin.retention.letgo.DecisionRecord;
import dev.rapport.plugin.retention.letgo.Decisions;
import dev.rapport.plugin.retention.score.CustomerRefresh;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.ScoringJob;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.plugin.retention.testing.RetentionHistory;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Role;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cost to serve from the service plugins' events read by type name (stored once however often delivered), a customer
 * who costs more than they earn on the let-go list with the numbers, and a manager's audited decision on them.
 */
class CostToServeTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private static final long COST_SEQUENCE = 9_000_000_001L;

    @Test
    void aCostlyCustomerIsListedWithTheNumbersAndAManagersDecisionIsRecorded() {
        RetentionHistory.in(kernel);
        if (kernel.service(ScoreRepository.class).models().isEmpty()) {
            assertThat(kernel.runJob(ScoringJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        }
        CustomerInfo costly = kernel.createPerson("Carl", kernel.unique("Costly"), null, false);
        kernel.recordTransaction(costly.id(), TransactionKind.PURCHASE, "100.00", "EUR", Instant.now());
        kernel.awaitEvents();
        kernel.publishAs("service", new RequestOpened(costly.id(), 77, "EMAIL", "complaint", "HIGH"));
        kernel.publishAs("service", new ServiceCostRecorded(costly.id(), 77, 108, new BigDecimal("150.00"), "EUR"));
        kernel.awaitEvents();
        EventPayload cost = new EventPayload("service.ServiceCostRecorded", Map.of("customerId", costly.id(),
                "requestId", 77, "minutes", 72, "amount", new BigDecimal("100.00"), "currency", "EUR"));
        kernel.runAsPlugin(() -> {
            ServiceEvents events = kernel.service(ServiceEvents.class);
            EventMetadata delivered = new EventMetadata(COST_SEQUENCE, cost.type(), Instant.now(), "service", 1);
            events.handle(cost, delivered);
            events.handle(cost, delivered);
            kernel.service(CustomerRefresh.class).refresh(costly.id());
        });
        StoredScore score = kernel.service(ScoreRepository.class).find(costly.id()).orElseThrow();
        assertThat(score.costYear()).as("the delivered cost, and a repeated delivery counted once")
                .isEqualByComparingTo("250.00");
        assertThat(score.marginYear()).isEqualByComparingTo("100.00");
        assertThat(score.costExcess()).isEqualByComparingTo("150.00");
        assertThat(kernel.service(ScoreRepository.class).costlierThanMargin(null, 500))
                .extracting(StoredScore::customerId).contains(costly.id());

        Decisions decisions = kernel.service(Decisions.class);
        kernel.signIn(kernel.createUser(Role.AGENT, "sales"));
        assertThatThrownBy(() -> decisions.decide(costly.id(), Decision.KEEP, null))
                .isInstanceOf(AccessDeniedException.class);
        kernel.signIn(kernel.createUser(Role.MANAGER, "management"));
        assertThatThrownBy(() -> decisions.decide(costly.id(), Decision.LET_GO, " "))
                .isInstanceOf(ValidationException.class);
        DecisionRecord decision = decisions.decide(costly.id(), Decision.CHANGE_TERMS, "Service fee from next quarter");
        assertThat(decision.costYear()).isEqualByComparingTo("250.00");
        assertThat(decisions.latest(costly.id())).contains(decision);
        kernel.awaitEvents();
        assertThat(kernel.recorded().events(dev.rapport.plugin.retention.event.LetGoDecided.class))
                .anyMatch(event -> event.customerId() == costly.id() && event.decision().equals("change-terms"));
    }
}
