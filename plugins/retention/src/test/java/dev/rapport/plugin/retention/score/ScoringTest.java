package dev.rapport.plugin.retention.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.plugin.retention.model.RfmClass;
import dev.rapport.plugin.retention.testing.RetentionHistory;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.plugin.retention.ui.RetentionFacts;
import dev.rapport.testkit.RapportKernel;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scoring job and the refresh against the real kernel: every customer gets an RFM class (the one who never bought
 * "not enough history"), the models are validated (value error beside the baseline, the churn model's AUC), the
 * valuable customer who went quiet is at high risk with reasons and their owner has one playbook task, and a new
 * transaction scores its customer again within seconds.
 */
class ScoringTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private static RetentionHistory history;

    @BeforeAll
    static void scoreEveryone() {
        history = RetentionHistory.in(kernel);
        JobRunInfo run = kernel.runJob(ScoringJob.ID);
        assertThat(run.state()).as(run.error()).isEqualTo(JobState.SUCCEEDED);
    }

    @Test
    void everyCustomerHasAClassAndTheModelsAreValidated() {
        ScoreRepository scores = kernel.service(ScoreRepository.class);
        Models models = scores.models().orElseThrow();
        assertThat(models.purchases()).isNotNull();
        assertThat(models.valueError()).isPositive();
        assertThat(models.baselineError()).isPositive();
        assertThat(models.auc()).as("regular and lapsed customers are told apart").isGreaterThan(0.8);
        StoredScore regular = scores.find(history.regular.id()).orElseThrow();
        assertThat(regular.purchases()).isEqualTo(12);
        assertThat(regular.band()).as(regular.toString()).isEqualTo(RiskBand.LOW);
        assertThat(regular.rfmClass()).isNotEqualTo(RfmClass.NO_HISTORY);
        assertThat(scores.find(history.neverBought.id()).orElseThrow().noHistory()).isTrue();
    }

    @Test
    void theCustomerWithoutPurchasesShowsNotEnoughHistoryNotANumber() {
        List<CustomerFact> facts = new RetentionFacts(kernel.context(), kernel.service(ScoreRepository.class),
                kernel.service(ContractRepository.class))
                .facts(history.neverBought, Locale.ENGLISH);
        assertThat(facts).extracting(CustomerFact::value).containsExactly("Not enough history");
    }

    @Test
    void theValuableCustomerWhoWentQuietIsAtHighRiskWithReasonsAndTheirOwnerHasOnePlaybookTask() {
        StoredScore score = kernel.service(ScoreRepository.class).find(history.valuableAtRisk.id()).orElseThrow();
        assertThat(score.band()).isEqualTo(RiskBand.HIGH);
        assertThat(score.reasons()).isNotEmpty();
        List<TaskInfo> tasks = kernel.context().tasks().openForCustomer(history.valuableAtRisk.id());
        assertThat(tasks).as(score + " threshold " + kernel.service(ScoreRepository.class).models().orElseThrow()
                .valueThreshold()).hasSize(1);
        assertThat(tasks.getFirst().title()).contains("high risk");
        assertThat(kernel.runJob(ScoringJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(kernel.context().tasks().openForCustomer(history.valuableAtRisk.id())).as("once").hasSize(1);
    }

    @Test
    void aNewTransactionScoresItsCustomerAgain() {
        CustomerInfo newcomer = kernel.createPerson("Nina", kernel.unique("First"), null, false);
        kernel.recordTransaction(newcomer.id(), TransactionKind.PURCHASE, "120.00", "EUR", Instant.now());
        kernel.awaitEvents();
        StoredScore score = kernel.service(ScoreRepository.class).find(newcomer.id()).orElseThrow();
        assertThat(score.noHistory()).isFalse();
        assertThat(score.purchases()).isEqualTo(1);
        assertThat(score.revenue()).isEqualByComparingTo("120.00");
    }
}
