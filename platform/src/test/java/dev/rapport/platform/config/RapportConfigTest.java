package dev.rapport.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RapportConfigTest {

    @TempDir
    Path home;

    @Test
    void environmentVariablesOverrideTheFile() throws IOException {
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve(RapportConfig.CONFIG_FILE), "http.port=9000\ndb.pool.size=4\ndata.dir=store\n");

        RapportConfig config = RapportConfig.load(home, Map.of("RAPPORT_HTTP_PORT", "9100", "PATH", "/bin"));

        assertThat(config.getInt("http.port", 8080)).isEqualTo(9100);
        assertThat(config.getInt("db.pool.size", 10)).isEqualTo(4);
        assertThat(config.getInt("db.embedded.port", 0)).isZero();
        assertThat(config.getPath("data.dir", "data")).isEqualTo(home.toAbsolutePath().resolve("store"));
        assertThat(RapportConfig.environmentVariableOf("db.embedded.buffer.pool.mb")).isEqualTo("RAPPORT_DB_EMBEDDED_BUFFER_POOL_MB");
    }

    @Test
    void aBadValueNamesTheKeyAndTheVariable() {
        RapportConfig config = RapportConfig.of(home, Map.of("http.port", "eighty"));
        assertThatThrownBy(() -> config.getInt("http.port", 8080))
                .hasMessageContaining("http.port").hasMessageContaining("RAPPORT_HTTP_PORT").hasMessageContaining("eighty");
    }

    @Test
    void aLimitForTheWholeInstallationIsEachNodesShareOfTheConfiguredNodes() {
        RapportConfig cluster = RapportConfig.of(home, Map.of("cluster.nodes", "3", "api.requests.per.minute", "600",
                "security.signin.max.failures.account", "2"));

        assertThat(cluster.getPerNodeLimit("api.requests.per.minute", 100)).isEqualTo(200);
        assertThat(cluster.getPerNodeLimit("public.requests.per.minute", 30)).isEqualTo(10);
        assertThat(cluster.getPerNodeLimit("security.signin.max.failures.account", 5)).as("never below 1").isEqualTo(1);
        assertThat(RapportConfig.of(home, Map.of()).getPerNodeLimit("public.requests.per.minute", 30)).isEqualTo(30);
    }
}
