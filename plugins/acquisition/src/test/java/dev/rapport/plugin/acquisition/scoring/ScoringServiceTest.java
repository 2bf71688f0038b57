package dev.rapport.plugin.acquisition.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.event.LeadQualified;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;

/** Scores stored, explained and recalculated as leads change; qualification at the threshold; rules for managers only. */
class ScoringServiceTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    private final ScoringService scoring = kernel.service(ScoringService.class);
    private final LeadService leads = kernel.service(LeadService.class);
    private final UserInfo manager = kernel.createUser("Mona Manager", Role.MANAGER, "sales");
    private final UserInfo agent = kernel.createUser("Arno Agent", Role.AGENT, "sales");

    private long capture(String company, String jobTitle) {
        kernel.signIn(agent);
        CaptureResult result = leads.capture(new LeadDraft("Sam", kernel.unique("Score"), company, jobTitle,
                kernel.unique("s") + "@example.com", null, null, null, null, "DE", null, false, LeadSource.REFERRAL, null, null,
                null, Set.of()), Channel.PHONE, true, true);
        return ((CaptureResult.Captured) result).leadId();
    }

    @Test
    void scoresALeadAtCaptureExplainsItAndRescoresItWhenItChanges() {
        kernel.signIn(manager);
        scoring.save(new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.COMPANY, null, null, null, null, 10, null, true));
        scoring.save(new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.JOB_TITLE, "head, director", null, null, null, 15,
                null, true));
        scoring.save(new ScoringRule(0, RuleKind.INTERACTION, null, null, null, Channel.PHONE, Direction.OUTBOUND, 5, 10, true));

        long id = capture("Acme AG", null);
        assertThat(leads.get(id).score()).isEqualTo(10);
        assertThat(scoring.explanation(id)).singleElement()
                .satisfies(line -> assertThat(line.rule().field()).isEqualTo(LeadField.COMPANY));

        var lead = leads.get(id);
        leads.update(id, lead.version(), new LeadDraft(lead.firstName(), lead.lastName(), lead.company(), "Head of IT",
                lead.email(), null, null, null, null, "DE", null, false, LeadSource.REFERRAL, null, null, null, Set.of()));
        assertThat(leads.get(id).score()).isEqualTo(25);

        for (int call = 0; call < 3; call++) {
            leads.logContact(id, Channel.PHONE, Direction.OUTBOUND, "Call " + call, null, Outcome.COMPLETED, Instant.now());
        }
        assertThat(leads.get(id).score()).as("capped at 10").isEqualTo(35);
        assertThat(scoring.explanation(id)).extracting(ScoreLine::occurrences, ScoreLine::points).contains(
                org.assertj.core.groups.Tuple.tuple(3, 10));
        assertThat(leads.get(id).status()).as("a call that reached them").isEqualTo(LeadStatus.CONTACTED);
        assertThat(leads.get(id).firstContactAt()).isNotNull();
    }

    @Test
    void anOpenLeadReachingTheThresholdBecomesQualifiedOnce() {
        kernel.signIn(manager);
        scoring.setThreshold(20);
        scoring.save(new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.COMPANY, null, null, null, null, 12, null, true));
        scoring.save(new ScoringRule(0, RuleKind.INTERACTION, null, null, null, null, Direction.OUTBOUND, 10, null, true));

        long id = capture("Beta GmbH", null);
        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.NEW);
        leads.logContact(id, Channel.EMAIL, Direction.OUTBOUND, "Mail", null, Outcome.NO_ANSWER, Instant.now());

        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(leads.get(id).qualifiedAt()).isNotNull();
        leads.logContact(id, Channel.EMAIL, Direction.OUTBOUND, "Mail again", null, Outcome.NO_ANSWER, Instant.now());
        assertThat(kernel.recorded().events(LeadQualified.class)).singleElement().satisfies(event -> {
            assertThat(event.leadId()).isEqualTo(id);
            assertThat(event.score()).isEqualTo(22);
            assertThat(event.automatic()).isTrue();
        });
    }

    @Test
    void recalculatesOpenLeadsAfterTheRulesChanged() {
        long id = capture("Gamma SA", null);
        assertThat(leads.get(id).score()).isZero();
        kernel.signIn(manager);
        scoring.save(new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.COUNTRY, "DE, AT", null, null, null, 7, null, true));

        assertThat(scoring.recalculateOpenLeads()).isPositive();
        assertThat(leads.get(id).score()).isEqualTo(7);
    }

    @Test
    void onlyManagersChangeRulesAndRulesMustMakeSense() {
        kernel.signIn(agent);
        assertThatThrownBy(() -> scoring.save(new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.PHONE, null, null, null,
                null, 5, null, true))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scoring.setThreshold(10)).isInstanceOf(AccessDeniedException.class);

        kernel.signIn(manager);
        assertThatThrownBy(() -> scoring.save(new ScoringRule(0, RuleKind.FIELD_VALUE, null, null, null, null, null, 0, 5,
                true))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                .extracting(error -> error.field()).containsExactlyInAnyOrder("field", "points", "maxPoints"));
        assertThatThrownBy(() -> scoring.setThreshold(0)).isInstanceOf(ValidationException.class);
    }
}
