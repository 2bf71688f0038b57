package dev.rapport.plugin.acquisition.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;

/** CSV lead imports: parsing, the proposed column mapping, the preview's checks, and rows imported one by one. */
class LeadImportTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    private final LeadImport leadImport = kernel.service(LeadImport.class);

    private static CsvTable table(String csv) {
        return CsvTable.parse("leads.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parsesQuotedFieldsSemicolonsAndAByteOrderMark() {
        CsvTable table = table("\uFEFFVorname;Nachname;E-Mail;Notiz\nJürg;\"Muster; Sohn\";j@example.com;\"two\nlines\"\n");

        assertThat(table.headers()).containsExactly("Vorname", "Nachname", "E-Mail", "Notiz");
        assertThat(table.rows()).singleElement().isEqualTo(List.of("Jürg", "Muster; Sohn", "j@example.com", "two\nlines"));
        assertThat(LeadImport.guessMapping(table)).containsEntry(LeadImportField.FIRST_NAME, 0)
                .containsEntry(LeadImportField.LAST_NAME, 1).containsEntry(LeadImportField.EMAIL, 2)
                .containsEntry(LeadImportField.NOTES, 3);
    }

    @Test
    void refusesFilesItCannotRead() {
        assertThatThrownBy(() -> CsvTable.parse("x.csv", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("acquisition.import.notUtf8"));
        assertThatThrownBy(() -> table("only,a,header\n")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> table("a,b\n\"unclosed,x\n")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("acquisition.import.malformed"));
    }

    @Test
    void previewsWithoutStoringThenImportsRowByRowReportingEachFailure() {
        kernel.signIn(kernel.createUser("Import Agent", Role.AGENT, "sales"));
        String known = kernel.unique("known") + "@example.com";
        String fresh = kernel.unique("fresh") + "@example.com";
        CsvTable table = table("first name,last name,company,email,country,interest,consent\n"
                + "Ann,First,,"+ known + ",CH,SAVINGS,yes\n"
                + "Ben,,,ben-at-example,XX,,\n"
                + "Cid,Third,,,,UNKNOWN,\n"
                + "Dee,Fourth,,\"" + known + "\",,,\n"
                + "Eve,Fifth,Fifth AG," + fresh + ",DE,card-gold,no\n");
        Map<LeadImportField, Integer> mapping = LeadImport.guessMapping(table);
        LeadImport.Options options = new LeadImport.Options(LeadSource.IMPORT, null, Channel.EMAIL);
        int before = kernel.dsl().fetchCount(dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD);

        List<LeadImport.PreviewRow> preview = leadImport.preview(table, mapping, options, 10);

        assertThat(preview).extracting(LeadImport.PreviewRow::rowNumber).containsExactly(2, 3, 4, 5, 6);
        assertThat(preview.get(0).errors()).isEmpty();
        assertThat(preview.get(1).errors()).extracting(FieldError::field).contains("lastName", "email", "countryCode");
        assertThat(preview.get(2).errors()).extracting(FieldError::field).contains("productIds", "email");
        assertThat(kernel.dsl().fetchCount(dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD)).isEqualTo(before);

        Map<String, Long> products = leadImport.productsByCode();
        List<RowOutcome> outcomes = java.util.stream.IntStream.range(0, table.rows().size())
                .mapToObj(index -> leadImport.importRow(table, index, mapping, options, products)).toList();

        assertThat(outcomes).extracting(RowOutcome::status).containsExactly(RowOutcome.Status.IMPORTED,
                RowOutcome.Status.FAILED, RowOutcome.Status.FAILED, RowOutcome.Status.FAILED, RowOutcome.Status.IMPORTED);
        assertThat(outcomes.get(3).errors()).extracting(FieldError::messageKey)
                .containsExactly("acquisition.validation.duplicateLead");
        var imported = new LeadRepository(kernel.dsl()).withEmail(fresh, 1).getFirst();
        assertThat(imported.source()).isEqualTo(LeadSource.IMPORT);
        assertThat(imported.marketingConsent()).isFalse();
        assertThat(imported.company()).isEqualTo("Fifth AG");
        assertThat(new LeadRepository(kernel.dsl()).withEmail(known, 1).getFirst().marketingConsent()).isTrue();
        assertThat(kernel.service(dev.rapport.plugin.acquisition.lead.LeadService.class).interactions(imported.id()))
                .singleElement().satisfies(contact -> assertThat(contact.subject()).isEqualTo("Lead imported from leads.csv"));
    }
}
