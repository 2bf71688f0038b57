package dev.rapport.platform.marketplace;

import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.plugin.DropInPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The plugins folder's trust rule: a plugin file there is loaded only with a signature by a trusted publisher key
 * beside it ({@code plugin.zip} and {@code plugin.zip.sig}, as a marketplace repository publishes them), checked
 * by the marketplace's {@link TrustStore}, unless unsigned files are allowed: on a demo installation, or with
 * {@code plugins.allow.unsigned}. A signature that does not verify is refused even then: the file was altered.
 */
public final class SignedDropIns implements DropInPolicy {

    private final TrustStore trust;
    private final boolean allowUnsigned;

    SignedDropIns(TrustStore trust, boolean allowUnsigned) {
        this.trust = trust;
        this.allowUnsigned = allowUnsigned;
    }

    /**
     * The rule as configured: the keys of {@code marketplace.trusted.keys}; unsigned files allowed on a demo
     * installation or with {@code plugins.allow.unsigned}.
     */
    public static SignedDropIns configured(RapportConfig config, boolean demoInstallation) {
        return new SignedDropIns(TrustStore.of(config.get("marketplace.trusted.keys", ""), false),
                demoInstallation || config.getBoolean("plugins.allow.unsigned", false));
    }

    @Override
    public Optional<String> refusal(Path file) {
        String name = file.getFileName().toString();
        Path signature = file.resolveSibling(name + RepositoryPublisher.SIGNATURE_SUFFIX);
        if (Files.isDirectory(file) || !Files.exists(signature)) {
            return allowUnsigned ? Optional.empty() : Optional.of(name + " is not signed. A production installation"
                    + " loads a plugin file from the plugins folder only with a signature by a trusted key beside it ("
                    + name + RepositoryPublisher.SIGNATURE_SUFFIX + "), or when plugins.allow.unsigned is true.");
        }
        try {
            trust.check(name, Files.readAllBytes(file),
                    Optional.of(Files.readString(signature, StandardCharsets.US_ASCII)));
            return Optional.empty();
        } catch (MarketplaceException e) {
            return Optional.of(e.getMessage());
        } catch (IOException e) {
            return Optional.of(name + " or its signature cannot be read: " + e.getMessage());
        }
    }
}
