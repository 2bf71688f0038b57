package dev.rapport.plugin.acquisition.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.importing.LeadImport;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.sdk.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;
import dev.rapport.testkit.KaribuUi;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lead import screen in a mocked browser, as an agent works it: upload a CSV file with German headers, see the
 * proposed column mapping, preview the rows with their problems (nothing stored yet), import with progress, and get
 * the refused rows listed with their reasons while the good ones are stored as imported leads of the agent.
 */
class LeadImportViewTest {

    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }


    @Test
    void theImportPageOpensAtItsAddressInsideTheKernelsShell() {
        kernel.signIn(kernel.createUser("Route Agent", Role.AGENT, "sales"));

        ui.open(AcquisitionNavigation.LEAD_IMPORT);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).extracting(target -> target.getClass()
                .getSimpleName()).containsExactly("LeadImportView", "MainLayout");
        assertThat(_get(Upload.class, spec -> spec.withId("lead-import-upload")).isVisible()).isTrue();
    }

    @Test
    void aLeadAddressWithoutALeadShowsTheKernelsNotFoundPageWithItsTitle() {
        kernel.signIn(kernel.createUser("Lost Agent", Role.AGENT, "sales"));

        ui.open("acquisition/leads/999999999");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass().getSimpleName())
                .isEqualTo("RecordNotFoundView");
        assertThat(UI.getCurrent().getInternals().getTitle()).as("the browser tab's title").isNotBlank();
    }

    @Test
    void uploadMapPreviewImportAndSeeTheRefusedRows() {
        kernel.signIn(kernel.createUser("Import Screen Agent", Role.AGENT, "sales"));
        String tag = kernel.unique("imp");
        String csv = "Vorname;Nachname;Firma;E-Mail;Land\n"
                + "Anna;Erste" + tag + ";;anna@" + tag + ".example;CH\n"
                + "Bert;;;bert-at-" + tag + ";XX\n"
                + "Cora;Dritte" + tag + ";Dritte AG;cora@" + tag + ".example;DE\n"
                + "Dora;Vierte" + tag + ";;anna@" + tag + ".example;AT\n";
        UI.getCurrent().add(new LeadImportView(kernel.service(LeadImport.class), kernel.service(CampaignService.class)));

        _upload(_get(Upload.class, spec -> spec.withId("lead-import-upload")), "messe.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        MockVaadin.runUIQueue();

        assertThat(_get(Paragraph.class, spec -> spec.withId("lead-import-summary")).getText())
                .isEqualTo("messe.csv: 4 rows. Check the columns below.");
        assertThat(chosenColumn("import-column-first-name")).isEqualTo("Vorname");
        assertThat(chosenColumn("import-column-email")).isEqualTo("E-Mail");
        assertThat(chosenColumn("import-column-country")).isEqualTo("Land");
        assertThat(chosenColumn("import-column-phone")).isEqualTo("(not imported)");

        _click(_get(Button.class, spec -> spec.withId("lead-import-preview-button")));
        @SuppressWarnings("unchecked")
        Grid<Object> preview = _get(Grid.class, spec -> spec.withId("lead-import-preview"));
        assertThat(_size(preview)).isEqualTo(4);
        assertThat(_getFormattedRow(preview, 0)).containsExactly("2", "Ready to import");
        assertThat(_getFormattedRow(preview, 1).get(1)).contains("“bert-at-" + tag + "” is not a valid email address.")
                .contains("“XX” is not a country code");
        assertThat(new LeadRepository(kernel.dsl()).withEmail("anna@" + tag + ".example", 5))
                .as("a preview stores nothing").isEmpty();

        _click(_get(Button.class, spec -> spec.withId("lead-import-start")));
        Paragraph summary = _get(Paragraph.class, spec -> spec.withId("lead-import-summary"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!summary.getText().startsWith("Done") && Instant.now().isBefore(deadline)) {
            MockVaadin.runUIQueue();
            sleep();
        }

        assertThat(summary.getText()).isEqualTo("Done: 2 rows imported, 2 refused (listed below).");
        @SuppressWarnings("unchecked")
        Grid<Object> failures = _get(Grid.class, spec -> spec.withId("lead-import-failures"));
        assertThat(IntStream.range(0, _size(failures)).mapToObj(row -> _getFormattedRow(failures, row).get(0)))
                .containsExactly("3", "5");
        assertThat(_getFormattedRow(failures, 1).get(1)).contains("already");
        Lead cora = new LeadRepository(kernel.dsl()).withEmail("cora@" + tag + ".example", 1).getFirst();
        assertThat(cora.source()).isEqualTo(LeadSource.IMPORT);
        assertThat(cora.company()).isEqualTo("Dritte AG");
        assertThat(cora.countryCode()).isEqualTo("DE");
        assertThat(new LeadRepository(kernel.dsl()).withEmail("anna@" + tag + ".example", 5)).hasSize(1);
    }

    /** Lets the import's background thread queue its next batch. */
    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String chosenColumn(String id) {
        Select<Integer> column = _get(Select.class, spec -> spec.withId(id));
        return column.getItemLabelGenerator().apply(column.getValue());
    }
}
