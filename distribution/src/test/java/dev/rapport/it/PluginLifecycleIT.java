package dev.rapport.it;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The shipped account-notes plugin as users and administrators meet it: its menu entry, page and customer
 * tab; switched off and on again on the Plugins page without a restart.
 *
 * <p>The server is shared with the other browser tests: the plugin is enabled again whatever happens.
 */
@ExtendWith(RapportBrowserExtension.class)
class PluginLifecycleIT {

    private static final String ACCOUNT_NOTES = "account-notes";
    private static final String MENU_LABEL = "Account notes";

    @Test
    void aNoteAddedOnTheCustomersTabIsListedThereAndOnThePluginsPage(RapportServer server, WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        Customer customer = newCustomer(server);
        String note = "Prefers calls after 4 pm " + UUID.randomUUID();

        Customer360Page page = Customer360Page.open(driver, server, customer.id());
        assertThat(page.tabLabels()).contains("Notes");
        AccountNotesTab tab = page.notesTab().add(note);

        assertThat(tab.notes()).containsExactly(note);
        assertThat(server.platform().services().require(Database.class).dsl().fetchExists(DOMAIN_EVENT,
                DOMAIN_EVENT.EVENT_TYPE.eq("account-notes:dev.rapport.plugin.accountnotes.NoteAdded")
                        .and(DOMAIN_EVENT.CUSTOMER_ID.eq(customer.id()))))
                .as("the plugin's NoteAdded event in the outbox").isTrue();
        assertThat(ShellPage.open(driver, server).menuLabels()).contains(MENU_LABEL);
        assertThat(AccountNotesPage.open(driver, server).notes()).contains(note);
    }

    @Test
    void anAdministratorSwitchesThePluginOffAndOnAgainAndItsNotesAreKept(RapportServer server, WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        Customer customer = newCustomer(server);
        String note = "Renewal due in March " + UUID.randomUUID();
        Customer360Page.open(driver, server, customer.id()).notesTab().add(note);
        try {
            PluginsPage.open(driver, server).disable(ACCOUNT_NOTES);

            ShellPage missing = ShellPage.open(driver, server, ACCOUNT_NOTES);
            assertThat(missing.showsNotFound()).as("account-notes page gone").isTrue();
            assertThat(missing.menuLabels()).contains("Customers").doesNotContain(MENU_LABEL);
            assertThat(Customer360Page.open(driver, server, customer.id()).tabLabels()).doesNotContain("Notes");

            PluginsPage.open(driver, server).enable(ACCOUNT_NOTES);

            assertThat(ShellPage.open(driver, server).menuLabels()).contains(MENU_LABEL);
            assertThat(AccountNotesPage.open(driver, server).notes()).contains(note);
        } finally {
            // Shared server: the other browser tests expect the plugin to run.
            server.platform().services().require(PluginHost.class).enable(ACCOUNT_NOTES, Actor.SYSTEM);
        }
    }

    private static Customer newCustomer(RapportServer server) {
        CustomerDraft draft = new CustomerDraft(CustomerKind.PERSON, "Nora", "Notes" + UUID.randomUUID().toString().substring(0, 8),
                null, LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false, List.of(), List.of(), List.of(), Set.of(), null);
        return server.platform().services().require(CustomerService.class)
                .create(draft, Actor.SYSTEM);
    }
}
