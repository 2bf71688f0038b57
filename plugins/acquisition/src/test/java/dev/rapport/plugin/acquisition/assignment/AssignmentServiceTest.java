package dev.rapport.plugin.acquisition.assignment;

import static dev.rapport.plugin.acquisition.testing.TestPlugin.unique;
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
import dev.rapport.plugin.acquisition.testing.PluginDatabase;
import dev.rapport.plugin.acquisition.testing.TestPlugin;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.TaskInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** New leads go to people by the first matching rule: territory, product interest, or round-robin in a department. */
class AssignmentServiceTest {

    private final TestPlugin plugin = new TestPlugin();
    private final AssignmentService assignment = plugin.service(AssignmentService.class);
    private final LeadCapture capture = plugin.service(LeadCapture.class);
    private final LeadService leads = plugin.service(LeadService.class);
    private final UserInfo manager = plugin.context.kernel.addUser("Maria Manager", Role.MANAGER, "sales");

    private Lead captureFromWeb(String country, Set<Long> products) {
        plugin.context.kernel.actAs(null);
        LeadDraft draft = new LeadDraft("Web", unique("Visitor"), null, null, unique("v") + "@example.com", null, null,
                null, null, country, null, false, LeadSource.WEB_FORM, null, null, null, products);
        CaptureResult result = PluginDatabase.dsl().transactionResult(tx -> capture.capture(tx.dsl(), draft,
                new CaptureOrigin(Channel.WEB, "Web form", null, null, null), DuplicatePolicy.FLAG));
        return leads.get(((CaptureResult.Captured) result).leadId());
    }

    private void rule(AssignmentKind kind, String countries, Long productId, Long userId, Long departmentId) {
        plugin.context.kernel.actAs(manager);
        assignment.save(new AssignmentRule(0, 0, kind, countries, productId, userId, departmentId, true));
    }

    @Test
    void theFirstMatchingRuleDecidesAndTheOwnerGetsAFollowUpTask() {
        UserInfo alpine = plugin.context.kernel.addUser("Alpine Agent", Role.AGENT, "sales");
        UserInfo cards = plugin.context.kernel.addUser("Card Agent", Role.AGENT, "marketing");
        long service = plugin.context.kernel.department("service").id();
        rule(AssignmentKind.TERRITORY, "ch, at", null, alpine.id(), null);
        rule(AssignmentKind.PRODUCT_INTEREST, null, 2L, cards.id(), null);
        rule(AssignmentKind.ANY, null, null, null, service);

        Lead swiss = captureFromWeb("CH", Set.of(2L));
        Lead cardFan = captureFromWeb("DE", Set.of(2L));
        Lead other = captureFromWeb("FR", Set.of());

        assertThat(swiss.ownerId()).isEqualTo(alpine.id());
        assertThat(swiss.departmentId()).as("the owner's department").isEqualTo(plugin.context.kernel.department("sales").id());
        assertThat(cardFan.ownerId()).isEqualTo(cards.id());
        assertThat(other.ownerId()).as("nobody in Customer Service: its queue").isNull();
        assertThat(other.departmentId()).isEqualTo(service);
        List<TaskInfo> tasks = plugin.context.kernel.tasks;
        assertThat(tasks).extracting(TaskInfo::assigneeUserId, TaskInfo::departmentId).containsExactly(
                org.assertj.core.groups.Tuple.tuple(alpine.id(), null), org.assertj.core.groups.Tuple.tuple(cards.id(), null),
                org.assertj.core.groups.Tuple.tuple(null, service));
        assertThat(tasks.getFirst().title()).isEqualTo("Contact new lead: " + swiss.displayName());
        assertThat(tasks.getFirst().description()).contains("acquisition/leads/" + swiss.id());
        assertThat(plugin.context.kernel.events(LeadAssigned.class)).extracting(LeadAssigned::leadId, LeadAssigned::taskId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(swiss.id(), tasks.get(0).id()),
                        org.assertj.core.groups.Tuple.tuple(cardFan.id(), tasks.get(1).id()),
                        org.assertj.core.groups.Tuple.tuple(other.id(), tasks.get(2).id()));
    }

    @Test
    void aDepartmentsAgentsAndManagersTakeTurnsReadOnlyUsersNot() {
        long marketing = plugin.context.kernel.department("marketing").id();
        UserInfo first = plugin.context.kernel.addUser("First Agent", Role.AGENT, "marketing");
        plugin.context.kernel.addUser("Reader", Role.READ_ONLY, "marketing");
        UserInfo second = plugin.context.kernel.addUser("Second Manager", Role.MANAGER, "marketing");
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
        assertThat(plugin.context.kernel.tasks).isEmpty();
    }

    @Test
    void anAgentTakesALeadAManagerHandsItOn() {
        UserInfo agent = plugin.context.kernel.addUser("Taking Agent", Role.AGENT, "sales");
        UserInfo colleague = plugin.context.kernel.addUser("Other Agent", Role.AGENT, "sales");
        Lead lead = captureFromWeb("DE", Set.of());

        plugin.context.kernel.actAs(agent);
        leads.assign(lead.id(), agent.id());
        assertThat(leads.get(lead.id()).ownerId()).isEqualTo(agent.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> leads.assign(lead.id(), colleague.id()))
                .isInstanceOf(dev.rapport.sdk.error.AccessDeniedException.class);

        plugin.context.kernel.actAs(manager);
        leads.assign(lead.id(), colleague.id());
        assertThat(leads.get(lead.id()).ownerId()).isEqualTo(colleague.id());
        assertThat(plugin.context.kernel.tasks).extracting(TaskInfo::assigneeUserId).containsExactly(agent.id(), colleague.id());
    }
}
