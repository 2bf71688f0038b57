package dev.rapport.platform.marketplace;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Administrators trust a new publisher key without a restart: what it signed verifies from the next check on, and
 * no longer once the key is removed; configured keys are listed beside; adding and removing are audited; bad input
 * is refused on its field; the development key only on a demo installation.
 */
class TrustedKeysTest {

    private static final byte[] PLUGIN_LIST = "plugins.json".getBytes(StandardCharsets.UTF_8);

    private final Kernel kernel = new Kernel();
    private final KeyPair configuredPublisher = Signatures.newKeyPair();
    private final Actor administrator = kernel.newActor(Role.ADMINISTRATOR);

    private TrustedKeys keys(boolean demoInstallation) {
        kernel.dsl.deleteFrom(dev.rapport.platform.internal.db.Tables.MARKETPLACE_TRUSTED_KEY).execute();
        return new TrustedKeys(kernel.dsl, kernel.clock, kernel.audit, List.of(configuredPublisher.getPublic()),
                demoInstallation);
    }

    @Test
    void aKeyAddedOnThePageIsTrustedAtOnceAndNoLongerWhenRemovedBothAudited() {
        TrustedKeys keys = keys(false);
        TrustStore trust = new TrustStore(List.of(configuredPublisher.getPublic()), false).withAdded(keys::addedKeys);
        KeyPair newPublisher = Signatures.newKeyPair();
        Optional<String> signature = Optional.of(Signatures.sign(PLUGIN_LIST, newPublisher.getPrivate()));
        assertThatThrownBy(() -> trust.check("plugins.json", PLUGIN_LIST, signature))
                .hasMessageContaining("no trusted key confirms");

        TrustedKeys.Key added = keys.add(" Acme Plugins ", Signatures.encode(newPublisher.getPublic()).replaceAll(
                "(.{20})", "$1\n"), administrator);

        trust.check("plugins.json", PLUGIN_LIST, signature);
        assertThat(keys.all()).extracting(TrustedKeys.Key::name, TrustedKeys.Key::configured).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, true), org.assertj.core.groups.Tuple.tuple("Acme Plugins", false));
        assertThat(added.publicKey()).isEqualTo(Signatures.encode(newPublisher.getPublic()));
        assertThat(audited("MARKETPLACE_KEY_TRUSTED")).isEqualTo("Acme Plugins");

        keys.remove(added.id(), administrator);

        assertThatThrownBy(() -> trust.check("plugins.json", PLUGIN_LIST, signature))
                .hasMessageContaining("no trusted key confirms");
        assertThat(keys.all()).hasSize(1);
        assertThat(audited("MARKETPLACE_KEY_REMOVED")).isEqualTo("Acme Plugins");
    }

    @Test
    void badInputIsRefusedOnItsFieldAndTheDevelopmentKeyOnlyOnADemoInstallation() {
        TrustedKeys production = keys(false);
        assertThat(errors(() -> production.add(" ", "not a key", administrator)))
                .containsExactlyInAnyOrder("name:marketplace.key.name.invalid", "publicKey:marketplace.key.invalid");
        assertThat(errors(() -> production.add("Us", Signatures.encode(configuredPublisher.getPublic()), administrator)))
                .containsExactly("publicKey:marketplace.key.duplicate");
        assertThat(errors(() -> production.add("Rapport", TrustStore.DEVELOPMENT_KEY, administrator)))
                .containsExactly("publicKey:marketplace.key.development");
        assertThat(production.all()).hasSize(1);

        TrustedKeys demo = keys(true);
        demo.add("Rapport development", TrustStore.DEVELOPMENT_KEY, administrator);
        assertThat(demo.addedKeys()).hasSize(1);
        assertThat(keys(false).addedKeys()).isEmpty();
    }

    @Test
    void onlyAdministratorsTrustOrRemoveKeys() {
        TrustedKeys keys = keys(false);
        TrustedKeys.Key added = keys.add("Acme", Signatures.encode(Signatures.newKeyPair().getPublic()), administrator);
        Actor manager = kernel.newActor(Role.MANAGER, "sales");

        assertThatThrownBy(() -> keys.add("Evil", Signatures.encode(Signatures.newKeyPair().getPublic()), manager))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.remove(added.id(), manager)).isInstanceOf(AccessDeniedException.class);
        assertThat(keys.all()).hasSize(2);
    }

    private String audited(String action) {
        return kernel.dsl.select(AUDIT_ENTRY.SUBJECT_ID).from(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTION.eq(action))
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1).fetchOne(AUDIT_ENTRY.SUBJECT_ID);
    }

    private static List<String> errors(Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            return e.errors().stream().map(error -> error.field() + ":" + error.messageKey()).toList();
        }
        throw new AssertionError("nothing was refused");
    }
}
