package dev.rapport.platform.marketplace;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the platform accepts from marketplace repositories: files signed by one of the trusted publisher keys
 * ({@code marketplace.trusted.keys}); unsigned or badly signed files are refused, unless the installation
 * explicitly allows unsigned plugins ({@code marketplace.allow.unsigned}, for development only). A file with a
 * signature that does not verify is refused even then: it was altered.
 */
public final class TrustStore {

    private final List<PublicKey> keys;
    private final boolean allowUnsigned;

    public TrustStore(List<PublicKey> keys, boolean allowUnsigned) {
        this.keys = List.copyOf(keys);
        this.allowUnsigned = allowUnsigned;
    }

    /** The keys of a comma-separated list of Base64 public keys (blank entries ignored). */
    public static TrustStore of(String commaSeparatedKeys, boolean allowUnsigned) {
        return new TrustStore(Arrays.stream(commaSeparatedKeys.split(",")).map(String::strip)
                .filter(key -> !key.isEmpty()).map(Signatures::publicKey).toList(), allowUnsigned);
    }

    public boolean allowsUnsigned() {
        return allowUnsigned;
    }

    /**
     * Checks {@code data} against its signature.
     *
     * @param what names the file in the refusal, e.g. "plugins.json of repository Rapport"
     * @param signature the content of the {@code .sig} file, empty when there is none
     * @throws MarketplaceException when the file is unsigned (and that is not allowed) or its signature fails
     */
    public void check(String what, byte[] data, Optional<String> signature) {
        if (signature.isEmpty()) {
            if (!allowUnsigned) {
                throw new MarketplaceException(what + " is not signed. Only signed plugins are installed"
                        + " (marketplace.allow.unsigned is meant for development installations).");
            }
            return;
        }
        if (keys.stream().noneMatch(key -> Signatures.verify(data, signature.get(), key))) {
            throw new MarketplaceException(what + " has a signature that no trusted key confirms: it was altered or"
                    + " signed by an unknown publisher. Add the publisher's key to marketplace.trusted.keys if you"
                    + " trust them.");
        }
    }
}
