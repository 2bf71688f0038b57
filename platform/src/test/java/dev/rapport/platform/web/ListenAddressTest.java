package dev.rapport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.config.RapportConfig;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo passwords never face a network by default: a demo installation listens on this machine only. */
class ListenAddressTest {

    private static final Path INSTALLATION = Path.of("..", "distribution", "src", "main", "dist");

    @Test
    void theShippedConfigurationListensOnThisMachineOnlyForTheDemo() {
        RapportConfig shipped = RapportConfig.load(INSTALLATION, Map.of());

        assertThat(shipped.demoInstallation()).as("the shipped configuration is a demo installation").isTrue();
        assertThat(WebServer.listenAddress(shipped)).isEqualTo("127.0.0.1");
        assertThat(WebServer.listenAddress(RapportConfig.of(INSTALLATION, Map.of()))).as("built-in defaults")
                .isEqualTo("127.0.0.1");
    }

    @Test
    void anExplicitHostWinsAndAProductionInstallationListensEverywhere() {
        RapportConfig shipped = RapportConfig.load(INSTALLATION, Map.of());

        assertThat(WebServer.listenAddress(shipped.with(Map.of("http.host", "0.0.0.0")))).isEqualTo("0.0.0.0");
        assertThat(WebServer.listenAddress(RapportConfig.load(INSTALLATION, Map.of("RAPPORT_HTTP_HOST", "10.0.0.5"))))
                .isEqualTo("10.0.0.5");
        assertThat(WebServer.listenAddress(shipped.with(Map.of("db.url", "jdbc:mariadb://db:3306/rapport"))))
                .as("a production database").isEqualTo("0.0.0.0");
        assertThat(WebServer.listenAddress(shipped.with(Map.of("demo.enabled", "false")))).as("no demo data")
                .isEqualTo("0.0.0.0");
    }
}
