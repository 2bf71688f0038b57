package dev.rapport.platform.customer.importing.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.importing.DuplicatePolicy;
import dev.rapport.platform.customer.importing.ImportField;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.sdk.customer.LifecycleStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The import screen without a browser: Karibu hands the file to the screen's upload handler as a browser upload
 * would; the import itself runs on its own thread and its progress reaches the UI through {@code ui.access},
 * which Karibu runs at each round trip.
 */
class CustomerImportViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final String tag = unique("ui");
    private final String domain = unique("d") + ".example";
    /** Temporary files other tests left: not this test's to account for. */
    private final List<Path> earlierFiles = temporaryFiles("rapport-");

    @Test
    void theCustomerListOpensTheImport() {
        ui.open("customers");

        _click(_get(Button.class, spec -> spec.withId("import-customers")));

        assertThat(getCurrentPath()).isEqualTo("customers/import");
        assertThat(visible("import-upload")).isTrue();
        assertThat(visible("import-settings")).isFalse();
    }

    @Test
    void uploadMapPreviewImportAndReadTheSummary() throws IOException {
        ui.open("customers/import");
        upload("Vorname;Nachname;E-Mail;Lieblingsfarbe;Schlagworte\n"
                + "Anna;Ahl;anna@" + domain + ";grün;" + tag + "\n"
                + "Bert;;bert@" + domain + ";blau;" + tag + "\n"
                + "Anne;Ahl;ANNA@" + domain + ";rot;" + tag + "\n");

        assertThat(visible("import-settings")).isTrue();
        assertThat(mappingSelect(0).getValue()).isEqualTo(ImportField.FIRST_NAME);
        assertThat(mappingSelect(2).getValue()).isEqualTo(ImportField.EMAIL);
        assertThat(mappingSelect(3).getValue()).as("an unknown header is ignored").isNull();
        assertThat(_size(preview())).isEqualTo(3);
        assertThat(_getFormatted(preview(), 0, "status")).isEqualTo("Will be imported");
        assertThat(_getFormatted(preview(), 1, "status")).isEqualTo("Invalid");
        assertThat(_getFormatted(preview(), 1, "problems")).isEqualTo("Nachname: Required.");
        assertThat(_getFormatted(preview(), 2, "status")).isEqualTo("Duplicate");

        _setValue(mappingSelect(3), ImportField.NOTES);
        _setValue(_get(Select.class, spec -> spec.withId("default-stage")), LifecycleStage.CUSTOMER);
        assertThat(_getFormatted(preview(), 0, "column-3")).isEqualTo("grün");

        _click(_get(Button.class, spec -> spec.withId("import-start")));
        awaitSummary();

        assertThat(text("import-outcome")).isEqualTo("Import finished");
        assertThat(text("import-imported")).isEqualTo("1");
        assertThat(text("import-duplicates")).isEqualTo("1");
        assertThat(text("import-invalid")).isEqualTo("1");
        Grid<?> problems = _get(Grid.class, spec -> spec.withId("import-problems"));
        assertThat(_getFormatted(problems, 0, "row")).isEqualTo("3");
        assertThat(_getFormatted(problems, 0, "column")).isEqualTo("Nachname");
        assertThat(_getFormatted(problems, 1, "problem")).isEqualTo("anna@" + domain + " is in row 2 already.");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-problems-download")).getText())
                .isEqualTo("Download every problem (CSV)");
        Customer anna = ui.kernel().customers.get(importedIds().getFirst());
        assertThat(anna.displayName()).isEqualTo("Anna Ahl");
        assertThat(anna.details().stage()).isEqualTo(LifecycleStage.CUSTOMER);
        assertThat(anna.details().notes()).isEqualTo("grün");
        assertThat(anna.details().ownerId()).isEqualTo(ui.actor().userId());
        assertThat(newTemporaryFiles("rapport-upload-")).as("the upload is deleted once read").isEmpty();
        assertThat(newTemporaryFiles("rapport-import-problems-")).hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("import-again")));

        assertThat(newTemporaryFiles("rapport-import-problems-")).as("deleted when the user is done").isEmpty();
        assertThat(visible("import-upload")).isTrue();
    }

    @Test
    void importingDuplicatesAnywayStoresEveryValidRow() {
        ui.open("customers/import");
        upload("First name,Last name,Email,Tags\n"
                + "Anna,Ahl,anna@" + domain + "," + tag + "\n" + "Anne,Ahl,anna@" + domain + "," + tag + "\n");

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("duplicate-policy")), DuplicatePolicy.IMPORT_ANYWAY);
        assertThat(_getFormatted(preview(), 1, "status")).isEqualTo("Will be imported");
        _click(_get(Button.class, spec -> spec.withId("import-start")));
        awaitSummary();

        assertThat(text("import-imported")).isEqualTo("2");
        assertThat(importedIds()).hasSize(2);
    }

    @Test
    void aFileThatIsNoCsvIsExplainedAndNothingElseIsOffered() {
        ui.open("customers/import");

        upload("");

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-file-problem")).getText())
                .isEqualTo("The file is empty: its first row must name the columns.");
        assertThat(visible("import-settings")).isFalse();
        assertThat(newTemporaryFiles("rapport-upload-")).isEmpty();
    }

    private void upload(String csv) {
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "customers.csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs round trips until the import's thread has pushed its summary. */
    private static void awaitSummary() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!visible("import-summary")) {
            assertThat(System.nanoTime()).as("the import finished in time").isLessThan(deadline);
            MockVaadin.clientRoundtrip(false);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Whether the component with {@code id} is shown (Karibu finds only those). */
    private static boolean visible(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Select<ImportField> mappingSelect(int column) {
        return _get(Select.class, spec -> spec.withId("column-" + column));
    }

    private static Grid<?> preview() {
        return _get(Grid.class, spec -> spec.withId("import-preview"));
    }

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getText();
    }

    private List<Long> importedIds() {
        return ui.kernel().dsl.select(CUSTOMER_TAG.CUSTOMER_ID).from(CUSTOMER_TAG).where(CUSTOMER_TAG.TAG.eq(tag))
                .orderBy(CUSTOMER_TAG.CUSTOMER_ID).fetch(CUSTOMER_TAG.CUSTOMER_ID);
    }

    /** The temporary files starting with {@code prefix} that this test made. */
    private List<Path> newTemporaryFiles(String prefix) {
        return temporaryFiles(prefix).stream().filter(file -> !earlierFiles.contains(file)).toList();
    }

    private static List<Path> temporaryFiles(String prefix) {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
