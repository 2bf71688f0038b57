package dev.rapport.platform.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.update.PluginInfo;

class RepositoryPublisherTest {

    @TempDir
    Path work;

    private final KeyPair publisher = Signatures.newKeyPair();
    private final Fetcher fetcher = new Fetcher(Duration.ofSeconds(5), 10 * 1024 * 1024);

    @Test
    void publishedReleasesAreListedInVersionOrderWithChecksumsAndReadBackThroughPf4jUpdatesModel() throws IOException {
        Path repository = work.resolve("repository");
        publish(repository, PluginFilesForTests.zip(work, "alpha", "Plugin alpha", "1.10.0", ">=1.0.0", ""));
        publish(repository, PluginFilesForTests.zip(work, "alpha", "Plugin alpha", "1.9.0", ">=1.0.0", ""),
                PluginFilesForTests.zip(work, "beta", "Plugin beta", "2.0.0", ">=1.0.0", "alpha@>=1.9.0"));

        SignedRepository read = new SignedRepository("Test", url(repository), fetcher,
                TrustStore.of(Signatures.encode(publisher.getPublic()), false));

        assertThat(read.problem()).isEmpty();
        PluginInfo alpha = read.getPlugin("alpha");
        assertThat(alpha.name).isEqualTo("Plugin alpha");
        assertThat(alpha.releases).extracting(release -> release.version).containsExactly("1.9.0", "1.10.0");
        PluginInfo.PluginRelease newest = alpha.releases.get(1);
        assertThat(java.net.URI.create(newest.url)).isEqualTo(repository.resolve("alpha/alpha-1.10.0.zip").toUri());
        assertThat(newest.sha512sum).isEqualTo(RepositoryPublisher.sha512(repository.resolve("alpha/alpha-1.10.0.zip")));
        assertThat(newest.requires).isEqualTo(">=1.0.0");
        assertThat(Files.exists(repository.resolve("alpha/alpha-1.10.0.zip.sig"))).isTrue();
        assertThat(read.getPlugins()).containsOnlyKeys("alpha", "beta");
    }

    @Test
    void aPublishedVersionCannotBeReplacedByOtherContent() throws IOException {
        Path repository = work.resolve("repository");
        publish(repository, PluginFilesForTests.zip(work.resolve("first"), "alpha", "Plugin alpha", "1.0.0", ">=1.0.0", ""));
        publish(repository, PluginFilesForTests.zip(work.resolve("first"), "alpha", "Plugin alpha", "1.0.0", ">=1.0.0", ""));

        Path rebuilt = PluginFilesForTests.zip(work.resolve("second"), "alpha", "Plugin alpha", "1.0.0", ">=1.0.0", "other@*");
        assertThatThrownBy(() -> publish(repository, rebuilt)).isInstanceOf(MarketplaceException.class)
                .hasMessageContaining("already published with other content");
    }

    @Test
    void aRepositoryThatCannotBeTrustedOrReadListsNothingAndSaysWhy() throws IOException {
        Path repository = work.resolve("repository");
        publish(repository, PluginFilesForTests.zip(work, "alpha", "Plugin alpha", "1.0.0", ">=1.0.0", ""));
        TrustStore otherPublisher = TrustStore.of(Signatures.encode(Signatures.newKeyPair().getPublic()), false);

        SignedRepository foreign = new SignedRepository("Foreign", url(repository), fetcher, otherPublisher);
        assertThat(foreign.getPlugins()).isEmpty();
        assertThat(foreign.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("no trusted key"));

        SignedRepository missing = new SignedRepository("Missing", url(work.resolve("nothing-here")), fetcher, otherPublisher);
        assertThat(missing.getPlugins()).isEmpty();
        assertThat(missing.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("cannot be read"));

        Files.writeString(repository.resolve("plugins.json"), "[{ this is not json");
        SignedRepository malformed = new SignedRepository("Malformed", url(repository), fetcher, TrustStore.of("", true));
        Files.deleteIfExists(repository.resolve("plugins.json.sig"));
        assertThat(malformed.getPlugins()).isEmpty();
        assertThat(malformed.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("malformed"));
    }

    @Test
    void downloadsLargerThanTheCapAreRefused() throws IOException {
        Path big = work.resolve("big.zip");
        Files.write(big, new byte[2048]);

        assertThatThrownBy(() -> new Fetcher(Duration.ofSeconds(5), 1024).read(big.toUri()))
                .isInstanceOf(IOException.class).hasMessageContaining("larger than");
        assertThat(fetcher.readIfPresent(work.resolve("absent.zip").toUri())).isEmpty();
    }

    @Test
    void repositoryAddressesMustBeFileOrWebFolders() {
        assertThat(Marketplace.folderAddress("https://plugins.example.com/rapport"))
                .hasValueSatisfying(url -> assertThat(url.toString()).isEqualTo("https://plugins.example.com/rapport/"));
        assertThat(Marketplace.folderAddress("file:/srv/plugins/")).isPresent();
        assertThat(Marketplace.folderAddress("ftp://example.com/")).isEmpty();
        assertThat(Marketplace.folderAddress("plugins")).isEmpty();
        assertThat(Marketplace.folderAddress("https:///nohost")).isEmpty();
        assertThat(Marketplace.folderAddress("file:relative/path")).isEmpty();
    }

    private void publish(Path repository, Path... zips) throws IOException {
        RepositoryPublisher.publish(repository, Optional.of(publisher.getPrivate()), List.of(zips), LocalDate.of(2026, 11, 23));
    }

    private static URL url(Path folder) throws IOException {
        return Marketplace.folderAddress(folder.toUri().toString()).orElseThrow().toURL();
    }
}
