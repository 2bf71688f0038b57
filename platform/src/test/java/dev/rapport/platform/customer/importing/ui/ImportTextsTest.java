package dev.rapport.platform.customer.importing.ui;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.importing.DuplicatePolicy;
import dev.rapport.platform.customer.importing.ImportDefaults;
import dev.rapport.platform.customer.importing.ImportListener;
import dev.rapport.platform.customer.importing.ImportSettings;
import dev.rapport.platform.customer.importing.ImportSummary;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.LifecycleStage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The downloadable problem list of an import: a value from the uploaded file never runs as a spreadsheet formula. */
class ImportTextsTest {

    private final Kernel kernel = new Kernel();
    private final Actor actor = kernel.newActor();

    @Test
    void aProblemThatStartsWithTheFilesValueIsWrittenAsText() throws IOException {
        String email = "=1+1@" + unique("d") + ".example";
        String tag = unique("csv");
        String csv = "First name,Last name,Email,Tags\nAnna,Ahl," + email + "," + tag + "\nAnne,Ahl," + email + ","
                + tag + "\n";
        ImportSummary summary = kernel.imports.run(stream(csv), new ImportSettings(
                kernel.imports.inspect(stream(csv)).proposedMapping(), new ImportDefaults(null, LifecycleStage.PROSPECT,
                actor.userId(), "en", "EUR", "Europe/Berlin", "DE"), DuplicatePolicy.SKIP), actor, ImportListener.NONE);
        StringWriter out = new StringWriter();
        try {
            new ImportTexts(new BundleI18NProvider(), Locale.ENGLISH).write(summary.problems(), out);
        } finally {
            summary.problems().delete();
        }

        assertThat(out.toString()).isEqualTo("\uFEFFRow,Column,Problem\r\n3,Email,'" + email + " is in row 2 already.\r\n");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
