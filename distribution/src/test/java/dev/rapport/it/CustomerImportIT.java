package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** Importing customers from a CSV file in a real browser: upload, map, import, summary, and the customer in the list. */
@ExtendWith(RapportBrowserExtension.class)
class CustomerImportIT {

    @Test
    void uploadAFileMapItsColumnsImportItAndFindTheNewCustomer(RapportServer server, WebDriver driver) throws IOException {
        LoginPage.signInAsAdministrator(driver, server);
        String family = "Import" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("customers-", ".csv");
        Files.writeString(file, "Vorname;Nachname;E-Mail;Wünsche\n"
                + "Grete;" + family + ";grete@" + family.toLowerCase() + ".example;Rückruf am Vormittag\n"
                + "Hans;;hans@" + family.toLowerCase() + ".example;\n", StandardCharsets.UTF_8);
        try {
            CustomerImportPage page = CustomerImportPage.openFromCustomerList(driver, server).upload(file);
            assertThat(page.previewStatus(0)).isEqualTo("Will be imported");
            assertThat(page.previewStatus(1)).isEqualTo("Invalid");
            page.mapColumn(3, "Notes");

            page.importAndWait();

            assertThat(page.outcome()).isEqualTo("Import finished");
            assertThat(page.count("imported")).isEqualTo("1");
            assertThat(page.count("invalid")).isEqualTo("1");
            assertThat(page.problem(0, 0)).isEqualTo("3");
            assertThat(page.problem(0, 2)).isEqualTo("Required.");
            CustomerListPage list = page.showCustomers().filterByName(family);
            assertThat(list.name(0)).isEqualTo("Grete " + family);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
