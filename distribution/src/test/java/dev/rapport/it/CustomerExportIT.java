package dev.rapport.it;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** A manager downloads the customers the list shows as CSV; agents are not offered the export. */
@ExtendWith(RapportBrowserExtension.class)
class CustomerExportIT {

    @Test
    void aManagerDownloadsTheFilteredListAsCsvAndTheExportIsAudited(RapportServer server, WebDriver driver)
            throws IOException {
        String family = "Export" + UUID.randomUUID().toString().substring(0, 8);
        store("Zoe", family, "zoe@example.com");
        store("Adam", family, "adam@example.com");
        User manager = server.account("it-manager", Role.MANAGER, "sales");
        LoginPage.signIn(driver, server, manager.username(), RapportServer.PASSWORD);

        CustomerListPage list = CustomerListPage.openFiltered(driver, server, family);
        assertThat(list.offersExport()).isTrue();
        HttpResponse<String> download = list.downloadExport();

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("attachment").contains(".csv"));
        assertThat(download.body()).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVParser.parse(new StringReader(download.body().substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
        assertThat(rows).extracting(row -> row.get("Last name") + ", " + row.get("First name") + ", " + row.get("Email"))
                .containsExactly(family + ", Adam, adam@example.com", family + ", Zoe, zoe@example.com");
        assertThat(server.platform().services().require(Database.class).dsl().fetchExists(AUDIT_ENTRY,
                AUDIT_ENTRY.ACTOR_ID.eq(manager.id()).and(AUDIT_ENTRY.ACTION.eq("CUSTOMERS_EXPORTED"))
                        .and(AUDIT_ENTRY.DETAILS.eq("2 customers; name starts with \"" + family
                                + "\"; sorted NAME_ASCENDING")))).isTrue();
    }

    @Test
    void anAgentIsNotOfferedTheExport(RapportServer server, WebDriver driver) {
        User agent = server.account("it-agent-export", Role.AGENT, "sales");
        LoginPage.signIn(driver, server, agent.username(), RapportServer.PASSWORD);

        assertThat(CustomerListPage.openFiltered(driver, server, "A").offersExport()).isFalse();
    }

    private static void store(String firstName, String lastName, String email) {
        RapportServer.get().platform().services().require(CustomerService.class).create(new CustomerDraft(
                CustomerKind.PERSON, firstName, lastName, null, LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false,
                List.of(new dev.rapport.platform.customer.EmailAddress(dev.rapport.platform.customer.ContactLabel.WORK,
                        email)), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
    }
}
