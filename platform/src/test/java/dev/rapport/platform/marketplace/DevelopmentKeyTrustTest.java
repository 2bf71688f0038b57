package dev.rapport.platform.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The development signing key, whose private half is in the repository, is trusted by demo installations only. */
class DevelopmentKeyTrustTest {

    private static final Path INSTALLATION = Path.of("..", "distribution", "src", "main", "dist");
    private static final Path DEVELOPMENT_PRIVATE_KEY = Path.of("..", "distribution", "src", "marketplace",
            "development-signing-key.txt");
    private final byte[] data = "the plugin list".getBytes(StandardCharsets.UTF_8);

    private final RapportConfig shipped = RapportConfig.load(INSTALLATION, Map.of());

    @Test
    void theDevelopmentKeyIsThePublicHalfOfThePrivateKeyInTheRepositoryAndTheShippedConfigurationListsIt()
            throws IOException {
        String signature = Signatures.sign(data, Signatures.privateKey(Files.readString(DEVELOPMENT_PRIVATE_KEY)));

        assertThat(Signatures.verify(data, signature, Signatures.publicKey(TrustStore.DEVELOPMENT_KEY))).isTrue();
        assertThat(shipped.get("marketplace.trusted.keys", "")).contains(TrustStore.DEVELOPMENT_KEY);
    }

    @Test
    void aDemoInstallationTrustsTheDevelopmentKey() throws IOException {
        String signature = Signatures.sign(data, Signatures.privateKey(Files.readString(DEVELOPMENT_PRIVATE_KEY)));

        TrustStore demo = TrustStore.configured(shipped);

        assertThatNoException().isThrownBy(() -> demo.check("The list", data, Optional.of(signature)));
    }

    @Test
    void aProductionInstallationThatListsTheDevelopmentKeyIsRefusedWithWhatToDo() {
        for (RapportConfig production : new RapportConfig[] {
                shipped.with(Map.of("db.url", "jdbc:mariadb://db:3306/rapport")),
                shipped.with(Map.of("demo.enabled", "false"))}) {
            assertThatThrownBy(() -> TrustStore.configured(production)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("development signing key")
                    .hasMessageContaining("Remove that key from marketplace.trusted.keys");
        }
        String otherKey = Signatures.encode(Signatures.newKeyPair().getPublic());
        assertThatNoException().as("production with its own publisher's key").isThrownBy(() -> TrustStore.configured(
                shipped.with(Map.of("demo.enabled", "false", "marketplace.trusted.keys", otherKey))));
    }

    @Test
    void aProductionStartWithTheDevelopmentKeyStopsBeforeAnythingStarts() {
        RapportConfig production = shipped.with(Map.of("db.url", "jdbc:mariadb://192.0.2.1:1/unreachable"));

        assertThatThrownBy(() -> RapportPlatform.start(production)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development signing key");
    }
}
