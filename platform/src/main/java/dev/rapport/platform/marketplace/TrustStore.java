package dev.rapport.platform.marketplace;

import dev.rapport.platform.config.RapportConfig;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What the platform accepts from marketplace repositories: files signed by one of the trusted publisher keys
 * ({@code marketplace.trusted.keys}, and those administrators trust on the Marketplace page, see
 * {@link TrustedKeys}); unsigned or badly signed files are refused, unless the installation
 * explicitly allows unsigned plugins ({@code marketplace.allow.unsigned}, for development only). A file with a
 * signature that does not verify is refused even then: it was altered.
 *
 * <p>The development signing key, whose private half is published with Rapport's source so that its build can
 * sign the shipped repository, is trusted by demo installations only: a production installation that lists it
 * does not start.
 */
public final class TrustStore {

    /** The public half of the development signing key ({@code distribution/src/marketplace}). */
    public static final String DEVELOPMENT_KEY = "MCowBQYDK2VwAyEAcGRmCb+/Oosj0oHH6/B7PKkBpjPR08fpp46h50iKoro=";

    private final List<PublicKey> keys;
    private final boolean allowUnsigned;
    private final Supplier<List<PublicKey>> added;

    public TrustStore(List<PublicKey> keys, boolean allowUnsigned) {
        this(keys, allowUnsigned, List::of);
    }

    private TrustStore(List<PublicKey> keys, boolean allowUnsigned, Supplier<List<PublicKey>> added) {
        this.keys = List.copyOf(keys);
        this.allowUnsigned = allowUnsigned;
        this.added = added;
    }

    /** This trust store that also trusts the keys {@code added} gives at each check (administrators' keys). */
    TrustStore withAdded(Supplier<List<PublicKey>> added) {
        return new TrustStore(keys, allowUnsigned, added);
    }

    /** The keys of the configuration ({@code marketplace.trusted.keys}). */
    List<PublicKey> configuredKeys() {
        return keys;
    }

    static boolean isDevelopmentKey(PublicKey key) {
        return Arrays.equals(key.getEncoded(), Signatures.publicKey(DEVELOPMENT_KEY).getEncoded());
    }

    /** The keys of a comma-separated list of Base64 public keys (blank entries ignored). */
    public static TrustStore of(String commaSeparatedKeys, boolean allowUnsigned) {
        return new TrustStore(Arrays.stream(commaSeparatedKeys.split(",")).map(String::strip)
                .filter(key -> !key.isEmpty()).map(Signatures::publicKey).toList(), allowUnsigned);
    }

    /**
     * The trust store as configured: {@code marketplace.trusted.keys} and {@code marketplace.allow.unsigned}.
     *
     * @throws IllegalStateException when a production installation (see {@link RapportConfig#demoInstallation()})
     *         lists the development signing key; the message says what to do
     */
    public static TrustStore configured(RapportConfig config) {
        TrustStore trust = of(config.get("marketplace.trusted.keys", ""),
                config.getBoolean("marketplace.allow.unsigned", false));
        boolean listsDevelopmentKey = trust.keys.stream().anyMatch(TrustStore::isDevelopmentKey);
        if (listsDevelopmentKey && !config.demoInstallation()) {
            throw new IllegalStateException("marketplace.trusted.keys (RAPPORT_MARKETPLACE_TRUSTED_KEYS) lists the"
                    + " development signing key " + DEVELOPMENT_KEY + ", whose"
                    + " private key is published with Rapport's source: anyone could sign plugins this installation"
                    + " would trust. It is trusted by demo installations only, and this is a production installation"
                    + " (db.url is set or demo.enabled is off), so Rapport does not start. Remove that key from"
                    + " marketplace.trusted.keys in conf/rapport.properties and list your publishers' keys instead"
                    + " (README, \"Marketplace\").");
        }
        return trust;
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
        if (Stream.concat(keys.stream(), added.get().stream())
                .noneMatch(key -> Signatures.verify(data, signature.get(), key))) {
            throw new MarketplaceException(what + " has a signature that no trusted key confirms: it was altered or"
                    + " signed by an unknown publisher. Add the publisher's key on the Marketplace page (Trusted keys) or"
                    + " to marketplace.trusted.keys if you trust them.");
        }
    }
}
