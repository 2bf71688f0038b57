package dev.rapport.marketplace;

import dev.rapport.platform.marketplace.RepositoryPublisher;
import dev.rapport.platform.marketplace.Signatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A marketplace repository folder the tests (and the browser tests) publish into with a publisher key of their own. */
public final class TestRepository {

    private final Path folder;
    private final KeyPair key;

    public TestRepository(Path folder, KeyPair key) {
        this.folder = folder;
        this.key = key;
        try {
            dev.rapport.it.RapportServer.deleteRecursively(folder);
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Another repository folder signed with the same publisher key. */
    TestRepository sibling(Path otherFolder) {
        return new TestRepository(otherFolder, key);
    }

    Path folder() {
        return folder;
    }

    /** The repository's address, as an administrator enters it. */
    public String url() {
        return folder.toUri().toString();
    }

    public String publicKey() {
        return Signatures.encode(key.getPublic());
    }

    public void publish(Path... zips) {
        try {
            RepositoryPublisher.publish(folder, Optional.of(key.getPrivate()), List.of(zips), LocalDate.now());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The published file of a release, e.g. to tamper with it. */
    Path file(String pluginId, String version) {
        return folder.resolve(pluginId).resolve(pluginId + "-" + version + ".zip");
    }

    Path signatureOf(String pluginId, String version) {
        return file(pluginId, version).resolveSibling(pluginId + "-" + version + ".zip.sig");
    }
}
