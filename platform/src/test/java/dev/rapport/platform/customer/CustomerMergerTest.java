package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditEntry;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CustomerMergerTest {

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();

    private Customer create(String first, String last, String email, String phone, Set<String> tags) {
        return createOwnedBy(null, first, last, email, phone, tags);
    }

    /** A person owned by {@code owner} (null: nobody), created by an administrator. */
    private Customer createOwnedBy(Actor owner, String first, String last, String email, String phone, Set<String> tags) {
        CustomerDraft base = person(first, last);
        return kernel.customers.create(new CustomerDraft(base.kind(), first, last, null, base.stage(),
                owner == null ? null : owner.userId(), "en-US", "USD", "America/New_York", false,
                List.of(new EmailAddress(ContactLabel.WORK, email)), List.of(new PhoneNumber(ContactLabel.MOBILE, phone)),
                base.addresses(), tags, null), admin);
    }

    private List<AuditEntry> mergeEntriesOf(Customer survivor) {
        return kernel.audit.search(new AuditFilter(null, null, AuditAction.CUSTOMER_MERGED, null, "customer",
                String.valueOf(survivor.id())), null, 10, admin);
    }

    private boolean mergedEventWritten(Customer merged) {
        return kernel.dsl.fetchExists(DOMAIN_EVENT, DOMAIN_EVENT.EVENT_TYPE.endsWith("CustomerMerged")
                .and(DOMAIN_EVENT.PAYLOAD.contains("\"mergedId\":" + merged.id())));
    }

    @Test
    void movesEverythingOfTheDuplicateToTheSurvivorAndRemovesTheDuplicate() {
        String last = unique("Merge");
        Customer survivor = create("Ann", last, "ann@example.com", "+1 212-555-0101", Set.of("vip"));
        Customer duplicate = create("Anne", last, "ann@example.com", "+1 212-555-0102", Set.of("vip", "newsletter"));
        kernel.interactions.log(new InteractionDraft(duplicate.id(), null, Channel.EMAIL, Direction.INBOUND, "Hello",
                null, Outcome.COMPLETED, Instant.now(), "kernel"), admin);
        kernel.tasks.create(new NewTask("Call Anne", null, duplicate.id(), null, null, admin.userId(), null), "kernel", admin);

        Customer merged = kernel.merger.merge(survivor.id(), duplicate.id(), admin);

        assertThat(merged.details().firstName()).isEqualTo("Ann");
        assertThat(merged.details().emails()).extracting(EmailAddress::address).containsExactly("ann@example.com");
        assertThat(merged.details().phones()).extracting(PhoneNumber::number)
                .containsExactly("+1 212-555-0101", "+1 212-555-0102");
        assertThat(merged.details().tags()).containsExactlyInAnyOrder("vip", "newsletter");
        assertThat(merged.version()).isEqualTo(survivor.version() + 1);
        assertThat(kernel.timeline.keyFigures(survivor.id()).interactionCount()).isEqualTo(1);
        assertThat(kernel.tasks.openForCustomer(survivor.id(), null)).hasSize(1);
        assertThatThrownBy(() -> kernel.customers.get(duplicate.id())).isInstanceOf(NotFoundException.class);
        assertThat(kernel.dsl.fetchExists(DOMAIN_EVENT, DOMAIN_EVENT.EVENT_TYPE.endsWith("CustomerMerged")
                .and(DOMAIN_EVENT.PAYLOAD.contains("\"mergedId\":" + duplicate.id())))).isTrue();
        assertThat(kernel.dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("CUSTOMER_MERGED")
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(survivor.id()))))).isTrue();
    }

    @Test
    void onlyManagersMergeAndNeverACustomerWithItself() {
        String last = unique("NoMerge");
        Customer one = create("Bo", last, "bo1@example.com", "+1 212-555-0111", Set.of());
        Customer two = create("Bo", last, "bo2@example.com", "+1 212-555-0112", Set.of());

        assertThatThrownBy(() -> kernel.merger.merge(one.id(), two.id(), kernel.newActor(Role.AGENT, "sales")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kernel.merger.merge(one.id(), one.id(), admin)).isInstanceOf(ValidationException.class);
        assertThat(kernel.customers.find(two.id())).isPresent();
    }

    @Test
    void aManagerMergesCustomersOfTheirDepartmentAndTheAuditEntryNamesTheManager() {
        String last = unique("MgrMerge");
        Actor manager = kernel.newActor(Role.MANAGER, "sales");
        Actor colleague = kernel.newActor(Role.AGENT, "sales");
        Customer survivor = createOwnedBy(colleague, "Cy", last, "cy1@example.com", "+1 212-555-0121", Set.of("vip"));
        Customer duplicate = createOwnedBy(manager, "Cy", last, "cy2@example.com", "+1 212-555-0122", Set.of("newsletter"));

        Customer merged = kernel.merger.merge(survivor.id(), duplicate.id(), manager);

        assertThat(merged.details().emails()).extracting(EmailAddress::address)
                .containsExactly("cy1@example.com", "cy2@example.com");
        assertThat(merged.details().tags()).containsExactlyInAnyOrder("vip", "newsletter");
        assertThat(kernel.customers.find(duplicate.id())).isEmpty();
        assertThat(mergedEventWritten(duplicate)).isTrue();
        List<AuditEntry> entries = mergeEntriesOf(survivor);
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().actorId()).isEqualTo(manager.userId());
        assertThat(entries.getFirst().actorName()).isEqualTo(manager.displayName());
        assertThat(entries.getFirst().details()).contains("merged customer " + duplicate.id(), "into " + survivor.id());
    }

    @Test
    void aManagersMergeWithACustomerOfAnotherDepartmentIsRefusedAndChangesNothing() {
        String last = unique("CrossMerge");
        Actor manager = kernel.newActor(Role.MANAGER, "sales");
        Actor salesAgent = kernel.newActor(Role.AGENT, "sales");
        Actor serviceAgent = kernel.newActor(Role.AGENT, "service");
        Customer ofSales = createOwnedBy(salesAgent, "Di", last, "di1@example.com", "+1 212-555-0131", Set.of("vip"));
        Customer ofService = createOwnedBy(serviceAgent, "Di", last, "di2@example.com", "+1 212-555-0132", Set.of("newsletter"));

        // In either direction: the survivor or the merged record belongs to another department.
        assertThatThrownBy(() -> kernel.merger.merge(ofSales.id(), ofService.id(), manager))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kernel.merger.merge(ofService.id(), ofSales.id(), manager))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(kernel.customers.get(ofSales.id())).isEqualTo(ofSales);
        assertThat(kernel.customers.get(ofService.id())).isEqualTo(ofService);
        assertThat(mergeEntriesOf(ofSales)).isEmpty();
        assertThat(mergeEntriesOf(ofService)).isEmpty();
        assertThat(mergedEventWritten(ofSales)).isFalse();
        assertThat(mergedEventWritten(ofService)).isFalse();
        // A manager of the other customer's department too merges them.
        Actor managerOfBoth = kernel.newActor(Role.MANAGER, "sales", "service");
        kernel.merger.merge(ofSales.id(), ofService.id(), managerOfBoth);
        assertThat(kernel.customers.find(ofService.id())).isEmpty();
    }
}
