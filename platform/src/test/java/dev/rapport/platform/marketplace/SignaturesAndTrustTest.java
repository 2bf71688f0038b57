package dev.rapport.platform.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignaturesAndTrustTest {

    private final KeyPair publisher = Signatures.newKeyPair();
    private final byte[] data = "the plugin list".getBytes(StandardCharsets.UTF_8);

    @Test
    void aSignatureVerifiesOnlyForTheSignedBytesAndTheSignersKey() {
        String signature = Signatures.sign(data, publisher.getPrivate());

        assertThat(Signatures.verify(data, signature, publisher.getPublic())).isTrue();
        assertThat(Signatures.verify("the plugin list!".getBytes(StandardCharsets.UTF_8), signature,
                publisher.getPublic())).isFalse();
        assertThat(Signatures.verify(data, signature, Signatures.newKeyPair().getPublic())).isFalse();
        assertThat(Signatures.verify(data, "not base64 at all", publisher.getPublic())).isFalse();
    }

    @Test
    void keysSurviveTheirTextForm() {
        String signature = Signatures.sign(data, Signatures.privateKey(Signatures.encode(publisher.getPrivate())));

        assertThat(Signatures.verify(data, signature, Signatures.publicKey(Signatures.encode(publisher.getPublic()))))
                .isTrue();
        assertThatThrownBy(() -> Signatures.publicKey("AAAA")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Not an Ed25519 public key");
    }

    @Test
    void theTrustStoreAcceptsTrustedSignaturesAndRefusesUnsignedAlteredOrForeignOnes() {
        TrustStore trust = TrustStore.of(" " + Signatures.encode(publisher.getPublic()) + " , ", false);
        String signature = Signatures.sign(data, publisher.getPrivate());

        assertThatNoException().isThrownBy(() -> trust.check("The list", data, Optional.of(signature)));
        assertThatThrownBy(() -> trust.check("The list", data, Optional.empty()))
                .isInstanceOf(MarketplaceException.class).hasMessageStartingWith("The list is not signed");
        assertThatThrownBy(() -> trust.check("The list", "altered".getBytes(StandardCharsets.UTF_8), Optional.of(signature)))
                .isInstanceOf(MarketplaceException.class).hasMessageContaining("no trusted key confirms");
        String foreign = Signatures.sign(data, Signatures.newKeyPair().getPrivate());
        assertThatThrownBy(() -> trust.check("The list", data, Optional.of(foreign)))
                .isInstanceOf(MarketplaceException.class).hasMessageContaining("no trusted key confirms");
    }

    @Test
    void aDevelopmentInstallationMayAcceptUnsignedFilesButNeverBadlySignedOnes() {
        TrustStore development = TrustStore.of("", true);

        assertThatNoException().isThrownBy(() -> development.check("The list", data, Optional.empty()));
        assertThatThrownBy(() -> development.check("The list", data,
                Optional.of(Signatures.sign(data, publisher.getPrivate()))))
                .isInstanceOf(MarketplaceException.class);
    }
}
