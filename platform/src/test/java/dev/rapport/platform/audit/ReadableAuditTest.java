package dev.rapport.platform.audit;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The audit log reads as people speak: values, labels and names, no Java record text and no internal ids. */
class ReadableAuditTest {

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();

    private String details(String action, Object subjectId) {
        return kernel.dsl.select(AUDIT_ENTRY.DETAILS).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq(action))
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(subjectId))).orderBy(AUDIT_ENTRY.ID.desc()).limit(1)
                .fetchSingle(AUDIT_ENTRY.DETAILS);
    }

    @Test
    void aCustomerChangeShowsAddressesWithTheirLabelsAndTheOwnerByName() {
        User owner = kernel.newUser(Role.AGENT, "sales");
        Customer customer = kernel.customers.create(person("Audrey", unique("Audit")), admin);
        CustomerDraft before = customer.details();
        CustomerDraft after = new CustomerDraft(before.kind(), before.firstName(), before.lastName(), null, before.stage(),
                owner.id(), before.preferredLanguage(), before.currency(), before.timeZone(), before.marketingConsent(),
                List.of(new EmailAddress(ContactLabel.HOME, "audrey@home.example")), before.phones(), before.addresses(),
                before.tags(), before.notes());

        kernel.customers.update(customer.id(), customer.version(), after, admin);

        String details = details("CUSTOMER_UPDATED", customer.id());
        assertThat(details).contains("audrey@home.example (home)", "(work)", "owner: — → " + owner.displayName())
                .doesNotContain("EmailAddress[", "label=", "ownerId");
    }

    @Test
    void aUserChangeNamesTheDepartmentsInsteadOfTheirIds() {
        Department sales = kernel.departments.findByCode("sales").orElseThrow();
        Department service = kernel.departments.findByCode("service").orElseThrow();
        User user = kernel.newUser(Role.AGENT, "sales");

        kernel.userAdministration.update(user.id(), user.version(), new UserAdministration.UserDraft(user.username(),
                user.displayName(), user.email(), Role.AGENT, Set.of(sales.id(), service.id()), true), admin);

        assertThat(details("USER_UPDATED", user.id())).contains("departments: " + sales.name() + " → ")
                .contains(service.name()).doesNotContain("[" + sales.id());
    }
}
