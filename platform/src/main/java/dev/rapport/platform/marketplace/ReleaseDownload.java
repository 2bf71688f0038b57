package dev.rapport.platform.marketplace;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.pf4j.update.FileVerifier;
import org.pf4j.update.PluginInfo;
import org.pf4j.update.VerifyException;
import org.pf4j.update.verifier.Sha512SumVerifier;

/**
 * Downloads one release into the staging folder and proves it is what the repository promised before anything
 * loads it: its SHA-512 checksum must be published and match (pf4j-update skips a missing one), its signature
 * must come from a trusted publisher, and its manifest must name the promised plugin and version.
 */
final class ReleaseDownload {

    private final Fetcher fetcher;
    private final TrustStore trust;
    private final Path staging;

    ReleaseDownload(Fetcher fetcher, TrustStore trust, Path staging) {
        this.fetcher = fetcher;
        this.trust = trust;
        this.staging = staging;
    }

    /** A downloaded, verified release: the file and what its manifest says. */
    record Verified(Path file, PluginArchive archive, String fileName) {
    }

    Verified fetch(PluginInfo plugin, PluginInfo.PluginRelease release, Fetcher.Progress progress) {
        String label = plugin.id + " " + release.version;
        if (release.sha512sum == null || release.sha512sum.isBlank()) {
            throw new MarketplaceException(label + " has no SHA-512 checksum in its repository, so its integrity"
                    + " cannot be checked; it is not installed.");
        }
        Path file;
        try {
            Files.createDirectories(staging);
            file = Files.createTempFile(staging, plugin.id + "-", ".zip");
            fetcher.download(URI.create(release.url), file, progress);
        } catch (IOException | IllegalArgumentException e) {
            throw new MarketplaceException(label + " could not be downloaded: " + e.getMessage(), e);
        }
        try {
            verifyChecksum(plugin, release, file);
            Optional<String> signature = fetcher.readIfPresent(URI.create(release.url + RepositoryPublisher.SIGNATURE_SUFFIX))
                    .map(bytes -> new String(bytes, StandardCharsets.US_ASCII));
            trust.check(label, Files.readAllBytes(file), signature);
            if (signature.isPresent()) {
                // Installed beside the file: the plugins folder's trust rule checks it again at every start.
                Files.writeString(signatureOf(file), signature.get(), StandardCharsets.US_ASCII);
            }
            PluginArchive archive = PluginArchive.read(file);
            if (!archive.id().equals(plugin.id) || !archive.version().equals(release.version)) {
                throw new MarketplaceException("The file of " + label + " holds " + archive.id() + " "
                        + archive.version() + " instead; it is not installed.");
            }
            return new Verified(file, archive, plugin.id + "-" + release.version + ".zip");
        } catch (IOException e) {
            discard(file);
            throw new MarketplaceException(label + " could not be checked: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discard(file);
            throw e;
        }
    }

    private static void verifyChecksum(PluginInfo plugin, PluginInfo.PluginRelease release, Path file) throws IOException {
        try {
            new Sha512SumVerifier().verify(new FileVerifier.Context(plugin.id, release), file);
        } catch (VerifyException e) {
            throw new MarketplaceException(plugin.id + " " + release.version + " was refused: the downloaded file"
                    + " does not match the SHA-512 checksum its repository publishes (damaged or tampered with).", e);
        }
    }

    private static Path signatureOf(Path file) {
        return file.resolveSibling(file.getFileName() + RepositoryPublisher.SIGNATURE_SUFFIX);
    }

    static void discard(Path file) {
        try {
            Files.deleteIfExists(signatureOf(file));
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover in the staging folder is harmless: the marketplace empties it at start.
        }
    }
}
