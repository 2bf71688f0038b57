package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.marketplace.Signatures;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The installation the build made (target/rapport) ships a marketplace repository that its own configuration
 * trusts: the plugin list and every plugin file are signed by a key in marketplace.trusted.keys, every file
 * matches its published SHA-512, and every plugin the installation ships is offered there.
 */
class ShippedMarketplaceIT {

    private static final Path INSTALLATION = Path.of("target", "rapport").toAbsolutePath();

    @Test
    void theShippedRepositoryIsSignedByATrustedKeyAndOffersTheShippedPlugins() throws Exception {
        RapportConfig config = RapportConfig.load(INSTALLATION, Map.of());
        List<PublicKey> trusted = Stream.of(config.get("marketplace.trusted.keys", "").split(","))
                .map(String::strip).filter(key -> !key.isEmpty()).map(Signatures::publicKey).toList();
        Path repository = INSTALLATION.resolve(config.get("marketplace.repository", "marketplace"));
        assertThat(trusted).isNotEmpty();

        assertSigned(repository.resolve("plugins.json"), trusted);
        JsonObject list = JsonParser.parseString(Files.readString(repository.resolve("plugins.json"))).getAsJsonObject();
        assertThat(list.get("serial").getAsLong()).as("a serial number against rollback").isPositive();
        assertThat(Instant.parse(list.get("expires").getAsString())).as("an expiry far beyond a release's life: the"
                + " shipped folder comes with the installation").isAfter(Instant.now().plus(Duration.ofDays(3000)));
        JsonArray plugins = list.getAsJsonArray("plugins");
        List<String> offered = new ArrayList<>();
        for (JsonElement element : plugins) {
            JsonObject plugin = element.getAsJsonObject();
            offered.add(plugin.get("id").getAsString());
            for (JsonElement release : plugin.getAsJsonArray("releases")) {
                Path file = repository.resolve(release.getAsJsonObject().get("url").getAsString());
                assertThat(sha512(file)).isEqualTo(release.getAsJsonObject().get("sha512sum").getAsString());
                assertSigned(file, trusted);
            }
        }
        try (Stream<Path> shipped = Files.list(INSTALLATION.resolve("plugins"))) {
            List<String> shippedIds = shipped.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".zip")).map(name -> name.replace("rapport-plugin-", "").replace(".zip", ""))
                    .toList();
            assertThat(offered).containsAll(shippedIds);
        }
    }

    private static void assertSigned(Path file, List<PublicKey> trusted) throws IOException {
        String signature = Files.readString(file.resolveSibling(file.getFileName() + ".sig"));
        byte[] data = Files.readAllBytes(file);
        assertThat(trusted).as("a trusted key that signed " + file.getFileName())
                .anyMatch(key -> Signatures.verify(data, signature, key));
    }

    private static String sha512(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(Files.readAllBytes(file)));
    }
}
