package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the packaged installation holds for plugin authors, checked after packaging. */
class InstallationIT {

    private static final Path INSTALLATION = Path.of("target", "rapport");

    @Test
    void theSdksJavadocIsABrowsableFolderOfTheInstallation() throws IOException {
        Path index = INSTALLATION.resolve("docs/sdk-api/index.html");

        assertThat(index).exists();
        assertThat(Files.readString(index)).contains("Rapport CRM SDK");
        assertThat(INSTALLATION.resolve("docs/sdk-api/dev/rapport/sdk/extension/CustomerTab.html")).exists();
        assertThat(INSTALLATION.resolve("docs/sdk-api/dev/rapport/sdk/history/CustomerHistory.html")).exists();
    }
}
