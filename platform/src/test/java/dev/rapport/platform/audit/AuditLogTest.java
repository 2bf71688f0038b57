package dev.rapport.platform.audit;

import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Authenticator;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the audit log records: who changed what (field by field), sign-ins with the address, access changes. */
class AuditLogTest {

    private static final String PASSWORD = "correct horse battery";
    private static final String ADDRESS = "192.0.2.44";

    private final Kernel kernel = new Kernel();
    private final Actor administrator = kernel.newActor(Role.ADMINISTRATOR);

    private List<AuditEntry> entries(AuditAction action, String subjectType, Object subjectId) {
        return kernel.audit.search(new AuditFilter(null, null, action, null, subjectType, String.valueOf(subjectId)),
                null, 50, administrator);
    }

    private AuditEntry onlyEntry(AuditAction action, String subjectType, Object subjectId) {
        List<AuditEntry> found = entries(action, subjectType, subjectId);
        assertThat(found).as("%s entries of %s %s", action, subjectType, subjectId).hasSize(1);
        return found.getFirst();
    }

    @Test
    void aCustomerUpdateRecordsEveryChangedFieldAsOldToNewAndWhoChangedIt() {
        String lastName = unique("Audit");
        Customer customer = kernel.customers.create(person("Ann", lastName), administrator);
        CustomerDraft before = customer.details();
        CustomerDraft after = new CustomerDraft(before.kind(), "Anna", before.lastName(), null, LifecycleStage.FORMER_CUSTOMER,
                before.ownerId(), before.preferredLanguage(), before.currency(), before.timeZone(),
                before.marketingConsent(), before.emails(), before.phones(), before.addresses(), before.tags(),
                before.notes());

        kernel.customers.update(customer.id(), customer.version(), after, administrator);

        AuditEntry update = onlyEntry(AuditAction.CUSTOMER_UPDATED, "customer", customer.id());
        assertThat(update.details().lines()).containsExactly("firstName: Ann → Anna", "stage: CUSTOMER → FORMER_CUSTOMER");
        assertThat(update.actorId()).isEqualTo(administrator.userId());
        assertThat(update.actorName()).isEqualTo(administrator.displayName());
        assertThat(onlyEntry(AuditAction.CUSTOMER_CREATED, "customer", customer.id()).details()).isEqualTo("Ann " + lastName);
    }

    @Test
    void failedThrottledAndSuccessfulSignInsAreRecordedWithTheAddress() {
        Authenticator authenticator = new Authenticator(kernel.users, kernel.userAdministration, kernel.hasher,
                kernel.audit, kernel.clock, 1, 10, Duration.ofMinutes(15));
        User user = kernel.userAdministration.create(new UserAdministration.UserDraft(unique("signin"), "Sid Signin",
                null, Role.AGENT, Set.of(), true), PASSWORD, false, administrator);
        User other = kernel.userAdministration.create(new UserAdministration.UserDraft(unique("signin"), "Other Signin",
                null, Role.AGENT, Set.of(), true), PASSWORD, false, administrator);

        authenticator.signIn(user.username(), PASSWORD, ADDRESS);
        authenticator.signIn(other.username(), "wrong password", ADDRESS);
        authenticator.signIn(other.username(), PASSWORD, ADDRESS);

        AuditEntry succeeded = onlyEntry(AuditAction.SIGN_IN_SUCCEEDED, "user", user.id());
        assertThat(succeeded.actorId()).isEqualTo(user.id());
        assertThat(succeeded.remoteAddress()).isEqualTo(ADDRESS);
        AuditEntry failed = onlyEntry(AuditAction.SIGN_IN_FAILED, "user", other.username());
        assertThat(failed.actorId()).isNull();
        assertThat(failed.actorName()).isEqualTo(other.username());
        assertThat(failed.remoteAddress()).isEqualTo(ADDRESS);
        assertThat(onlyEntry(AuditAction.SIGN_IN_THROTTLED, "user", other.username()).remoteAddress()).isEqualTo(ADDRESS);
        assertThat(entries(AuditAction.SIGN_IN_SUCCEEDED, "user", other.id())).isEmpty();
    }

    @Test
    void changingTheDepartmentsThatUseAPluginIsRecordedWithBeforeAndAfter() {
        ModuleAccess modules = new ModuleAccess(kernel.dsl, kernel.audit);
        String plugin = unique("plugin-");
        long sales = kernel.departments.findByCode("sales").orElseThrow().id();
        long service = kernel.departments.findByCode("service").orElseThrow().id();

        modules.setDepartments(plugin, Set.of(service), administrator);
        modules.setDepartments(plugin, Set.of(sales, service), administrator);

        assertThat(entries(AuditAction.MODULE_DEPARTMENTS_CHANGED, "plugin", plugin))
                .allSatisfy(entry -> assertThat(entry.actorId()).isEqualTo(administrator.userId()))
                .extracting(AuditEntry::details).containsExactlyInAnyOrder(
                        "departments: [] → [" + service + "]",
                        "departments: [" + service + "] → " + new java.util.TreeSet<>(Set.of(sales, service)));
    }

    @Test
    void creatingAndChangingAUserAndResettingTheirPasswordIsRecorded() {
        long sales = kernel.departments.findByCode("sales").orElseThrow().id();
        String username = unique("audited");
        User created = kernel.userAdministration.create(new UserAdministration.UserDraft(username, "Audrey Agent", null,
                Role.AGENT, Set.of(sales), true), PASSWORD, false, administrator);

        kernel.userAdministration.update(created.id(), created.version(), new UserAdministration.UserDraft(username,
                "Audrey Manager", null, Role.MANAGER, Set.of(sales), true), administrator);
        kernel.userAdministration.resetPassword(created.id(), administrator);

        assertThat(onlyEntry(AuditAction.USER_CREATED, "user", created.id()).details().lines())
                .contains("username: " + username, "role: AGENT", "departments: Sales", "active: true");
        AuditEntry updated = onlyEntry(AuditAction.USER_UPDATED, "user", created.id());
        assertThat(updated.details().lines())
                .containsExactly("displayName: Audrey Agent → Audrey Manager", "role: AGENT → MANAGER");
        assertThat(updated.actorId()).isEqualTo(administrator.userId());
        assertThat(onlyEntry(AuditAction.PASSWORD_RESET, "user", created.id()).details()).isEqualTo(username);
    }
}
