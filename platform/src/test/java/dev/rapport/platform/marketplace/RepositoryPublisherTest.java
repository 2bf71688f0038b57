package dev.rapport.platform.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
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
    private final TestClock clock = new TestClock(Instant.now());
    private final IndexFreshness freshness = new IndexFreshness(TestDatabase.get().dsl(), clock);
    private final TrustStore trusted = TrustStore.of(Signatures.encode(publisher.getPublic()), false);

    @Test
    void keygenWritesThePrivateKeyForItsOwnerOnlyAndNeverOverAnExistingFile() throws IOException {
        Path privateKey = work.resolve("publisher.key");
        Path publicKey = work.resolve("publisher.pub");

        KeyPair pair = RepositoryPublisher.keygen(privateKey, publicKey);

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(publicKey).strip()).isEqualTo(Signatures.encode(pair.getPublic()));
        assertThat(Signatures.privateKey(Files.readString(privateKey))).isEqualTo(pair.getPrivate());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RepositoryPublisher.keygen(privateKey, publicKey))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
    }

    @Test
    void publishedReleasesAreListedInVersionOrderWithChecksumsAndReadBackThroughPf4jUpdatesModel() throws IOException {
        Path repository = work.resolve("repository");
        publish(repository, PluginFilesForTests.zip(work, "alpha", "Plugin alpha", "1.10.0", ">=1.0.0", ""));
        publish(repository, PluginFilesForTests.zip(work, "alpha", "Plugin alpha", "1.9.0", ">=1.0.0", ""),
                PluginFilesForTests.zip(work, "beta", "Plugin beta", "2.0.0", ">=1.0.0", "alpha@>=1.9.0"));

        SignedRepository read = new SignedRepository("Test", url(repository), fetcher, trusted, freshness);

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

        SignedRepository foreign = new SignedRepository("Foreign", url(repository), fetcher, otherPublisher, freshness);
        assertThat(foreign.getPlugins()).isEmpty();
        assertThat(foreign.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("no trusted key"));

        SignedRepository missing = new SignedRepository("Missing", url(work.resolve("nothing-here")), fetcher, otherPublisher,
                freshness);
        assertThat(missing.getPlugins()).isEmpty();
        assertThat(missing.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("cannot be read"));

        Files.writeString(repository.resolve("plugins.json"), "[{ this is not json");
        SignedRepository malformed = new SignedRepository("Malformed", url(repository), fetcher, TrustStore.of("", true),
                freshness);
        Files.deleteIfExists(repository.resolve("plugins.json.sig"));
        assertThat(malformed.getPlugins()).isEmpty();
        assertThat(malformed.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("malformed"));
    }

    @Test
    void everyPublicationSignsAHigherSerialAndAnExpiryIntoTheList() throws IOException {
        Path repository = work.resolve("repository");
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        RepositoryPublisher.publish(repository, Optional.of(publisher.getPrivate()),
                List.of(PluginFilesForTests.zip(work, "alpha", "Plugin alpha", "1.0.0", ">=1.0.0", "")),
                LocalDate.of(2026, 12, 1), now, Duration.ofDays(30));
        RepositoryIndex first = RepositoryIndex.parse(Files.readString(repository.resolve("plugins.json")));
        RepositoryPublisher.publish(repository, Optional.of(publisher.getPrivate()), List.of(),
                LocalDate.of(2026, 12, 1), now, Duration.ofDays(7));
        RepositoryIndex renewed = RepositoryIndex.parse(Files.readString(repository.resolve("plugins.json")));

        assertThat(first.serial()).isEqualTo(now.getEpochSecond());
        assertThat(first.expires()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(renewed.serial()).as("a renewal in the same second still counts up").isEqualTo(first.serial() + 1);
        assertThat(renewed.expires()).isEqualTo(now.plus(Duration.ofDays(7)));
        assertThat(renewed.plugins()).isEqualTo(first.plugins());
    }

    @Test
    void aListOlderThanOneReadBeforeIsRefusedEvenWithAGoodSignature() throws IOException {
        Path repository = work.resolve("repository");
        Path zip = PluginFilesForTests.zip(work, "alpha", "Plugin alpha", "1.0.0", ">=1.0.0", "");
        RepositoryPublisher.publish(repository, Optional.of(publisher.getPrivate()), List.of(zip),
                LocalDate.of(2026, 12, 1), clock.instant(), Duration.ofDays(30));
        byte[] oldList = Files.readAllBytes(repository.resolve("plugins.json"));
        byte[] oldSignature = Files.readAllBytes(repository.resolve("plugins.json.sig"));
        assertThat(new SignedRepository("Test", url(repository), fetcher, trusted, freshness).problem()).isEmpty();
        RepositoryPublisher.publish(repository, Optional.of(publisher.getPrivate()), List.of(),
                LocalDate.of(2026, 12, 1), clock.instant().plusSeconds(60), Duration.ofDays(30));
        assertThat(new SignedRepository("Test", url(repository), fetcher, trusted, freshness).problem()).isEmpty();

        Files.write(repository.resolve("plugins.json"), oldList);
        Files.write(repository.resolve("plugins.json.sig"), oldSignature);
        SignedRepository rolledBack = new SignedRepository("Test", url(repository), fetcher, trusted,
                new IndexFreshness(TestDatabase.get().dsl(), clock));

        assertThat(rolledBack.getPlugins()).isEmpty();
        assertThat(rolledBack.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("is older (serial"));
    }

    @Test
    void anExpiredListAndAListWithoutSerialAreRefused() throws IOException {
        Path repository = work.resolve("repository");
        RepositoryPublisher.publish(repository, Optional.of(publisher.getPrivate()),
                List.of(PluginFilesForTests.zip(work, "alpha", "Plugin alpha", "1.0.0", ">=1.0.0", "")),
                LocalDate.of(2026, 12, 1), clock.instant(), Duration.ofDays(30));
        SignedRepository read = new SignedRepository("Test", url(repository), fetcher, trusted, freshness);
        assertThat(read.getPlugins()).containsOnlyKeys("alpha");

        clock.advance(Duration.ofDays(30));
        read.refresh();

        assertThat(read.getPlugins()).isEmpty();
        assertThat(read.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("expired"));

        Path bare = work.resolve("bare");
        Files.createDirectories(bare);
        String list = "[{\"id\": \"alpha\", \"releases\": []}]";
        Files.writeString(bare.resolve("plugins.json"), list);
        Files.writeString(bare.resolve("plugins.json.sig"), Signatures.sign(list.getBytes(
                java.nio.charset.StandardCharsets.UTF_8), publisher.getPrivate()));
        assertThat(new SignedRepository("Bare", url(bare), fetcher, trusted, freshness).problem())
                .hasValueSatisfying(problem -> assertThat(problem).contains("carries no serial number and expiry"));
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
