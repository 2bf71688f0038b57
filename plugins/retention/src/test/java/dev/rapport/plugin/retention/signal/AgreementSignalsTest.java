package dev.rapport.plugin.retention.signal;

import static dev.rapport.plugin.retention.db.Tables.RET_CATCH_UP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.retention.contract.AgreementCatchUp;
import dev.rapport.plugin.retention.contract.AgreementTerm;
import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.plugin.retention.event.AgreementsWanted;
import dev.rapport.plugin.retention.model.ChurnFactor;
import dev.rapport.plugin.retention.score.CustomerRefresh;
import dev.rapport.plugin.retention.score.ReasonWords;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.ScoringJob;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.plugin.retention.score.Totals;
import dev.rapport.plugin.retention.testing.RetentionHistory;
import dev.rapport.plugin.retention.ui.RetentionFacts;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.extension.CustomerFact;
import dev.rapport.sdk.job.JobState;
import dev.rapport.testkit.RapportKernel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Service agreements from the service plugin's {@code AgreementChanged} read by type name: kept once per agreement
 * however often delivered, never overwritten by an older version, counted as contract ends, and named in words as the
 * churn reason of a customer whose agreement ends in 30 days without renewal; the agreements made before retention
 * listened are asked for once.
 */
class AgreementSignalsTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void scored() {
        RetentionHistory.in(kernel);
        if (kernel.service(ScoreRepository.class).models().isEmpty()) {
            assertThat(kernel.runJob(ScoringJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        }
    }

    private static CustomerInfo buyer() {
        CustomerInfo customer = kernel.createPerson("Alma", kernel.unique("Agreement"), null, false);
        kernel.recordTransaction(customer.id(), TransactionKind.PURCHASE, "80.00", "EUR",
                Instant.now().minus(Duration.ofDays(40)));
        kernel.awaitEvents();
        return customer;
    }

    @Test
    void aRepeatedDeliveryKeepsOneRowAndALateOlderVersionChangesNothing() {
        CustomerInfo customer = buyer();
        AgreementChanged changed = new AgreementChanged(customer.id(), 9_001, "Gold support", TODAY.minusYears(1),
                TODAY.plusDays(200), "ACTIVE", 1);
        kernel.publishAs("service", changed);
        kernel.publishAs("service", changed);
        kernel.publishAs("service", new AgreementChanged(customer.id(), 9_001, "Gold support", TODAY.minusYears(1),
                null, "ACTIVE", 0));
        kernel.awaitEvents();
        EventPayload payload = new EventPayload("service.AgreementChanged", Map.of("customerId", customer.id(),
                "agreementId", 9_001, "name", "Gold support", "validFrom", TODAY.minusYears(1).toString(),
                "validUntil", TODAY.plusDays(200).toString(), "status", "ACTIVE", "version", 1));
        kernel.runAsPlugin(() -> kernel.service(ServiceEvents.class).handle(payload,
                new EventMetadata(9_000_000_101L, payload.type(), Instant.now(), "service", 2)));

        List<AgreementTerm> kept = kernel.service(ContractRepository.class).forCustomer(customer.id());
        assertThat(kept).containsExactly(new AgreementTerm(9_001, customer.id(), "Gold support", TODAY.minusYears(1),
                TODAY.plusDays(200), null));

        kernel.publishAs("service", new AgreementChanged(customer.id(), 9_001, "Gold support", TODAY.minusYears(1),
                TODAY.plusDays(200), "CANCELLED", 2));
        kernel.awaitEvents();
        assertThat(kernel.service(ContractRepository.class).forCustomer(customer.id()))
                .extracting(AgreementTerm::cancelledOn).containsExactly(TODAY);
    }

    @Test
    void anAgreementEndingInThirtyDaysIsAContractEndNamedAsTheReason() {
        CustomerInfo customer = buyer();
        LocalDate ends = TODAY.plusDays(30);
        kernel.publishAs("service", new AgreementChanged(customer.id(), 9_002, "Premium support",
                TODAY.minusYears(1), ends, "ACTIVE", 0));
        kernel.awaitEvents();

        ContractRepository contracts = kernel.service(ContractRepository.class);
        assertThat(contracts.contractEnds(TODAY)).containsEntry(customer.id(), 1);
        Totals totals = new Totals(1, (int) TODAY.toEpochDay() + 1);
        totals.add(0, (int) TODAY.minusDays(40).toEpochDay(), 1, 80, 0, false);
        totals.addContractEnds(0, contracts.contractEnds(customer.id(), TODAY));
        assertThat(totals.churnFactors(0, 0, 0)[ChurnFactor.CONTRACT_ENDS.ordinal()]).isEqualTo(1);

        StoredScore score = kernel.callAsPlugin(() -> kernel.service(CustomerRefresh.class).refresh(customer.id()))
                .map(refreshed -> kernel.service(ScoreRepository.class).find(customer.id()).orElseThrow()).orElseThrow();
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(ends);
        List<CustomerFact> facts = new RetentionFacts(kernel.context(), kernel.service(ScoreRepository.class), contracts)
                .facts(customer, Locale.ENGLISH);
        assertThat(facts).as(score.toString()).anySatisfy(fact -> assertThat(fact.explanation())
                .contains("Agreement \"Premium support\" ends on " + date + " and is not renewed"));

        AgreementTerm named = contracts.notable(customer.id(), TODAY).orElseThrow();
        String german = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.GERMAN).format(ends);
        assertThat(ReasonWords.of(kernel.context().i18n(), Locale.GERMAN, List.of(ChurnFactor.CONTRACT_ENDS), named, TODAY))
                .isEqualTo("Servicevertrag „Premium support“ endet am " + german + " und ist nicht verlängert");
        assertThat(ReasonWords.of(kernel.context().i18n(), Locale.ENGLISH, List.of(ChurnFactor.RECENCY), named,
                TODAY.plusDays(31))).as("once it has ended").isEqualTo("Long time since the last purchase");
    }

    @Test
    void theExistingAgreementsAreAskedForOnce() {
        assertThat(kernel.recorded().events(AgreementsWanted.class)).isEmpty();
        kernel.runAsPlugin(() -> kernel.context().dsl().update(RET_CATCH_UP).setNull(RET_CATCH_UP.REQUESTED_AT).execute());
        AgreementCatchUp catchUp = kernel.service(AgreementCatchUp.class);
        assertThat(kernel.callAsPlugin(catchUp::requestOnce)).isTrue();
        assertThat(kernel.callAsPlugin(catchUp::requestOnce)).isFalse();
        kernel.awaitEvents();
        assertThat(kernel.recorded().events(AgreementsWanted.class)).hasSize(1);
    }
}
