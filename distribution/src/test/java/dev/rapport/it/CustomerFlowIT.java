package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Actor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;

/** The kernel's core flows in a real browser: create a customer, log a call, see it; edit conflicts; bad input. */
@ExtendWith(RapportBrowserExtension.class)
class CustomerFlowIT {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createACustomerLogAPhoneCallAndSeeItAtTheTopOfTheTimeline(RapportServer server, WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        String lastName = unique("Flow");
        Customer360Page customer = CustomerEditPage.openNew(driver, server)
                .person("Grace", lastName)
                .stage("Customer")
                .addEmail("grace." + lastName.toLowerCase() + "@example.com")
                .saveAndOpen();
        assertThat(customer.customerName()).isEqualTo("Grace " + lastName);
        assertThat(customer.keyFigure("figure-interactions")).isEqualTo("0");

        customer.logInteraction("Phone", "Called about the renewal", "She wants an offer by Friday.", "Follow-up needed");

        assertThat(customer.timelineCell(0, 1)).isEqualTo("Phone");
        assertThat(customer.timelineCell(0, 2)).isEqualTo("Called about the renewal");
        assertThat(customer.timelineCell(0, 3)).contains("Outbound").contains("Follow-up needed");
        assertThat(customer.keyFigure("figure-interactions")).isEqualTo("1");

        Customer360Page reloaded = Customer360Page.open(driver, server, customer.customerId());
        assertThat(reloaded.timelineCell(0, 2)).isEqualTo("Called about the renewal");
    }

    @Test
    void aSecondEditorIsToldThatSomeoneElseSavedFirstAndCanReload(RapportServer server, WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        CustomerService customers = server.platform().services().require(CustomerService.class);
        String colleagueName = unique("colleague");
        Actor colleague = Actor.of(server.account(colleagueName, dev.rapport.sdk.security.Role.ADMINISTRATOR));
        String lastName = unique("Conflict");
        Customer stored = customers.create(person("Alan", lastName), colleague);

        CustomerEditPage editor = CustomerEditPage.openExisting(driver, server, stored.id()).firstName("Alfred");
        customers.update(stored.id(), stored.version(), person("Albert", lastName), colleague);
        editor.save();

        assertThat(editor.conflictMessage()).contains("Saved by someone else").contains("Test " + colleagueName)
                .contains("Your changes were not saved");
        assertThat(customers.get(stored.id()).details().firstName()).isEqualTo("Albert");
        editor.reloadAfterConflict();
        assertThat(editor.fieldValue("first-name")).isEqualTo("Albert");
    }

    @Test
    void badInputIsExplainedAtTheFieldAndNothingIsStored(RapportServer server, WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        String lastName = unique("Bad");
        CustomerEditPage form = CustomerEditPage.openNew(driver, server)
                .person("Eve", lastName + "x".repeat(100))
                .addEmail("eve-at-example");
        form.save();

        assertThat(form.fieldValue("last-name")).as("the field takes at most 100 characters").hasSize(100);
        assertThat(form.emailError(0)).isEqualTo("'eve-at-example' is not a valid email address.");
        assertThat(server.platform().services().require(CustomerService.class).search(lastName, 5)).isEmpty();
    }

    private static CustomerDraft person(String firstName, String lastName) {
        return new CustomerDraft(dev.rapport.sdk.customer.CustomerKind.PERSON, firstName, lastName, null,
                dev.rapport.sdk.customer.LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.Set.of(), null);
    }
}
