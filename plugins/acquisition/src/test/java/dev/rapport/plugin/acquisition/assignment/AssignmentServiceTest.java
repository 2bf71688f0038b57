package dev.rapport.plugin.acquisition.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.acquisition.capture.CaptureOrigin;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.capture.DuplicatePolicy;
import dev.rapport.plugin.acquisition.capture.LeadCapture;
import dev.rapport.plugin.acquisition.event.LeadAssigned;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.TaskInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;

/** New leads go to people by the first matching rule: territory, product interest, or round-robin in a department. */
class AssignmentServiceTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final AssignmentService assignment = kernel.service(AssignmentService.class);
    private final LeadCapture capture = kernel.service(LeadCapture.class);
    private final LeadService leads = kernel.service(LeadService.class);
    private final UserInfo manager = kernel.createUser("Maria Manager", Role.MANAGER, "sales");

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    /** A lead from the public web form: as the platform runs the plugin's endpoint, as the plugin itself. */
    private Lead captureFromWeb(String country, Set<Long> products) {
        kernel.signOut();
        LeadDraft draft = new LeadDraft("Web", kernel.unique("Visitor"), null, null, kernel.unique("v") + "@example.com", null, null,
                null, null, country, null, false, LeadSource.WEB_FORM, null, null, null, products);
        CaptureResult result = kernel.callAsPlugin(() -> kernel.dsl().transactionResult(tx -> capture.capture(tx.dsl(),
                draft, new CaptureOrigin(Channel.WEB, "Web form", null, null, null), DuplicatePolicy.FLAG)));
        kernel.signIn(manager);
        return leads.get(((CaptureResult.Captured) result).leadId());
    }

    private void rule(AssignmentKind kind, String countries, Long productId, Long userId, Long departmentId) {
        kernel.signIn(manager);
        assignment.save(new AssignmentRule(0, 0, kind, countries, productId, userId, departmentId, true));
    }

    @Test
    void theFirstMatchingRuleDecidesAndTheOwnerGetsAFollowUpTask() {
        UserInfo alpine = kernel.createUser("Alpine Agent", Role.AGENT, "sales");
        UserInfo cards = kernel.createUser("Card Agent", Role.AGENT, "marketing");
        long service = kernel.createDepartment("Customer Service").id();
        long goldCard = AcquisitionTestData.goldCard(kernel);
        rule(AssignmentKind.TERRITORY, "ch, at", null, alpine.id(), null);
        rule(AssignmentKind.PRODUCT_INTEREST, null, goldCard, cards.id(), null);
        rule(AssignmentKind.ANY, null, null, null, service);

        Lead swiss = captureFromWeb("CH", Set.of(goldCard));
        Lead cardFan = captureFromWeb("DE", Set.of(goldCard));
        Lead other = captureFromWeb("FR", Set.of());

        assertThat(swiss.ownerId()).isEqualTo(alpine.id());
        assertThat(swiss.departmentId()).as("the owner's department").isEqualTo(kernel.department("sales").id());
        assertThat(cardFan.ownerId()).isEqualTo(cards.id());
        assertThat(other.ownerId()).as("nobody in Customer Service: its queue").isNull();
        assertThat(other.departmentId()).isEqualTo(service);
        List<TaskInfo> tasks = kernel.recorded().tasks();
        assertThat(tasks).extracting(TaskInfo::assigneeUserId, TaskInfo::departmentId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(alpine.id(), null), org.assertj.core.groups.Tuple.tuple(cards.id(), null),
                org.assertj.core.groups.Tuple.tuple(null, service));
        assertThat(tasks.getFirst().title()).isEqualTo("Contact new lead: " + swiss.displayName());
        assertThat(tasks.getFirst().description()).contains("acquisition/leads/" + swiss.id());
        assertThat(kernel.recorded().events(LeadAssigned.class)).extracting(LeadAssigned::leadId, LeadAssigned::taskId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(swiss.id(), tasks.get(0).id()),
                        org.assertj.core.groups.Tuple.tuple(cardFan.id(), tasks.get(1).id()),
                        org.assertj.core.groups.Tuple.tuple(other.id(), tasks.get(2).id()));
    }

    @Test
    void aDepartmentsAgentsAndManagersTakeTurnsReadOnlyUsersNot() {
        Department department = kernel.createDepartment("Marketing");
        long marketing = department.id();
        UserInfo first = kernel.createUser("First Agent", Role.AGENT, department.code());
        kernel.createUser("Reader", Role.READ_ONLY, department.code());
        UserInfo second = kernel.createUser("Second Manager", Role.MANAGER, department.code());
        rule(AssignmentKind.ANY, null, null, null, marketing);

        List<Long> owners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            owners.add(captureFromWeb("DE", Set.of()).ownerId());
        }

        assertThat(owners).containsExactly(first.id(), second.id(), first.id(), second.id(), first.id());
    }

    @Test
    void withoutMatchingRuleALeadStaysUnassigned() {
        rule(AssignmentKind.TERRITORY, "JP", null, manager.id(), null);

        Lead lead = captureFromWeb("DE", Set.of());

        assertThat(lead.ownerId()).isNull();
        assertThat(lead.departmentId()).isNull();
        assertThat(kernel.recorded().tasks()).isEmpty();
    }

    @Test
    void anAgentTakesALeadAManagerHandsItOn() {
        UserInfo agent = kernel.createUser("Taking Agent", Role.AGENT, "sales");
        UserInfo colleague = kernel.createUser("Other Agent", Role.AGENT, "sales");
        Lead lead = captureFromWeb("DE", Set.of());

        kernel.signIn(agent);
        leads.assign(lead.id(), agent.id());
        assertThat(leads.get(lead.id()).ownerId()).isEqualTo(agent.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> leads.assign(lead.id(), colleague.id()))
                .isInstanceOf(dev.rapport.sdk.error.AccessDeniedException.class);

        kernel.signIn(manager);
        leads.assign(lead.id(), colleague.id());
        assertThat(leads.get(lead.id()).ownerId()).isEqualTo(colleague.id());
        assertThat(kernel.recorded().tasks()).extracting(TaskInfo::assigneeUserId).containsExactly(agent.id(), colleague.id());
    }
}
