package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.marketplace.Signatures;
import dev.rapport.platform.plugin.PluginHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plugins folder of a production installation loads a plugin file only with a signature by a trusted key beside
 * it ({@code plugin.zip.sig}); a refused file is listed with the reason until it is signed. With
 * {@code plugins.allow.unsigned}, and on a demo installation, unsigned files load as before.
 */
class PluginSignatureTest {

    private static final Duration WATCHER = Duration.ofSeconds(15);
    private static final KeyPair PUBLISHER = Signatures.newKeyPair();

    private TestPlatform platform;

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aProductionInstallationLoadsADroppedInPluginOnlyWhenATrustedKeySignedIt() throws IOException {
        platform = TestPlatform.start("PluginSignatureTest", List.of(PluginZips.GREETER), Map.of(
                "plugins.allow.unsigned", "false", "marketplace.trusted.keys", Signatures.encode(PUBLISHER.getPublic())));
        assertThat(Plugins.find(platform, "fixture-greeter")).as("unsigned at start").isEmpty();
        assertThat(refusal("rapport-fixture-greeter.zip")).contains("is not signed");

        Path zip = platform.pluginsFolder().resolve(PluginZips.ACCOUNT_NOTES.getFileName());
        Files.copy(PluginZips.ACCOUNT_NOTES, zip);
        Eventually.await("the unsigned drop-in refused", WATCHER, () -> refusal(zip.getFileName().toString()),
                reason -> reason.contains("is not signed") && reason.contains("plugins.allow.unsigned"));
        assertThat(Plugins.find(platform, "account-notes")).isEmpty();

        sign(zip, Signatures.newKeyPair());
        Eventually.await("the drop-in signed by an unknown key refused", WATCHER,
                () -> refusal(zip.getFileName().toString()), reason -> reason.contains("no trusted key confirms"));
        assertThat(Plugins.find(platform, "account-notes")).isEmpty();

        sign(zip, PUBLISHER);
        Eventually.await("the signed drop-in started", WATCHER, () -> Plugins.find(platform, "account-notes"),
                plugin -> plugin.isPresent() && plugin.get().state() == PluginHost.State.STARTED);
        assertThat(refusal(zip.getFileName().toString())).isEmpty();

        platform.restart();

        assertThat(Plugins.status(platform, "account-notes").state()).as("signed, after a restart")
                .isEqualTo(PluginHost.State.STARTED);
        assertThat(Plugins.find(platform, "fixture-greeter")).as("unsigned, after a restart").isEmpty();
        assertThat(refusal("rapport-fixture-greeter.zip")).contains("is not signed");
    }

    @Test
    void unsignedPluginsLoadWhenTheInstallationAllowsThem() {
        platform = TestPlatform.start("PluginSignatureTest", List.of(PluginZips.GREETER),
                Map.of("plugins.allow.unsigned", "true"));

        assertThat(Plugins.status(platform, "fixture-greeter").state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(platform.service(PluginHost.class).refusedFiles()).isEmpty();
    }

    @Test
    void aDemoInstallationLoadsUnsignedPlugins() {
        platform = TestPlatform.start("PluginSignatureTest", List.of(PluginZips.GREETER), Map.of(
                "plugins.allow.unsigned", "false", "demo.enabled", "true", "demo.customers", "5"));

        assertThat(Plugins.status(platform, "fixture-greeter").state()).isEqualTo(PluginHost.State.STARTED);
    }

    private String refusal(String fileName) {
        return platform.service(PluginHost.class).refusedFiles().stream()
                .filter(file -> file.fileName().equals(fileName)).map(PluginHost.RefusedFile::reason).findFirst()
                .orElse("");
    }

    private static void sign(Path zip, KeyPair key) throws IOException {
        Files.writeString(zip.resolveSibling(zip.getFileName() + ".sig"),
                Signatures.sign(Files.readAllBytes(zip), key.getPrivate()) + "\n");
    }
}
