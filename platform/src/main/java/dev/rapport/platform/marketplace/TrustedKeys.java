package dev.rapport.platform.marketplace;

import static dev.rapport.platform.internal.db.Tables.MARKETPLACE_TRUSTED_KEY;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;

/**
 * The publisher keys the marketplace trusts: those of the configuration ({@code marketplace.trusted.keys}, shown,
 * not changeable here) and those administrators add on the Marketplace page, with a name, stored in the database
 * and trusted from the next check on, on every node, without a restart. Adding and removing are audited. The
 * development signing key is refused on a production installation, as in the configuration; a stored one is not
 * trusted there either. Thread-safe: every check reads the stored keys again.
 */
public final class TrustedKeys {

    static final int MAX_NAME = 100;

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditLog audit;
    private final List<PublicKey> configured;
    private final boolean demoInstallation;
    private volatile Runnable changed = () -> { };

    TrustedKeys(DSLContext dsl, Clock clock, AuditLog audit, List<PublicKey> configured, boolean demoInstallation) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
        this.configured = List.copyOf(configured);
        this.demoInstallation = demoInstallation;
    }

    /** Runs {@code listener} after every change (the marketplace reads its repositories' lists again). */
    void onChange(Runnable listener) {
        this.changed = listener;
    }

    /** A trusted key: a configured one has no id (and no name), an added one its name and when it was added. */
    public record Key(Long id, String name, String publicKey, Instant addedAt) {

        public boolean configured() {
            return id == null;
        }
    }

    /** The configured keys first, then the added ones by name. */
    public List<Key> all() {
        List<Key> keys = new ArrayList<>();
        configured.forEach(key -> keys.add(new Key(null, null, Signatures.encode(key), null)));
        dsl.selectFrom(MARKETPLACE_TRUSTED_KEY).orderBy(MARKETPLACE_TRUSTED_KEY.NAME, MARKETPLACE_TRUSTED_KEY.ID)
                .forEach(row -> keys.add(new Key(row.getId(), row.getName(), row.getPublicKey(), row.getAddedAt())));
        return keys;
    }

    /**
     * Trusts {@code publicKey} (Base64, X.509 Ed25519, as {@code RepositoryPublisher keygen} prints it) from now on;
     * administrators only.
     *
     * @throws ValidationException on {@code name} (blank, too long) or {@code publicKey} (not a key, trusted
     *         already, the development key on a production installation)
     */
    public Key add(String name, String publicKey, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "trust marketplace publisher keys");
        String trimmedName = name == null ? "" : name.strip();
        String text = publicKey == null ? "" : publicKey.replaceAll("\\s+", "");
        List<FieldError> errors = new ArrayList<>();
        if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME) {
            errors.add(new FieldError("name", "marketplace.key.name.invalid", List.of(MAX_NAME)));
        }
        PublicKey key = null;
        try {
            key = Signatures.publicKey(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("publicKey", "marketplace.key.invalid", List.of()));
        }
        if (key != null) {
            String encoded = Signatures.encode(key);
            if (TrustStore.isDevelopmentKey(key) && !demoInstallation) {
                errors.add(new FieldError("publicKey", "marketplace.key.development", List.of()));
            } else if (all().stream().anyMatch(trusted -> trusted.publicKey().equals(encoded))) {
                errors.add(new FieldError("publicKey", "marketplace.key.duplicate", List.of()));
            }
        }
        ValidationException.throwIfAny(errors);
        String encoded = Signatures.encode(key);
        Instant now = clock.instant();
        long id = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long added = tx.insertInto(MARKETPLACE_TRUSTED_KEY).set(MARKETPLACE_TRUSTED_KEY.NAME, trimmedName)
                    .set(MARKETPLACE_TRUSTED_KEY.PUBLIC_KEY, encoded)
                    .set(MARKETPLACE_TRUSTED_KEY.ADDED_BY, actor.userId() == 0 ? null : actor.userId())
                    .set(MARKETPLACE_TRUSTED_KEY.ADDED_AT, now)
                    .returningResult(MARKETPLACE_TRUSTED_KEY.ID).fetchSingle().value1();
            audit.record(tx, actor, AuditAction.MARKETPLACE_KEY_TRUSTED, "publisher-key", trimmedName, encoded);
            return added;
        });
        changed.run();
        return new Key(id, trimmedName, encoded, now);
    }

    /** No longer trusts an added key; administrators only. Plugins installed with it stay installed. */
    public void remove(long id, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "remove trusted marketplace publisher keys");
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(MARKETPLACE_TRUSTED_KEY).where(MARKETPLACE_TRUSTED_KEY.ID.eq(id))
                    .returningResult(MARKETPLACE_TRUSTED_KEY.NAME, MARKETPLACE_TRUSTED_KEY.PUBLIC_KEY).fetchOptional()
                    .ifPresent(row -> audit.record(tx, actor, AuditAction.MARKETPLACE_KEY_REMOVED, "publisher-key",
                            row.value1(), row.value2()));
        });
        changed.run();
    }

    /** The added keys a check trusts now (without the development key on a production installation). */
    List<PublicKey> addedKeys() {
        return dsl.select(MARKETPLACE_TRUSTED_KEY.PUBLIC_KEY).from(MARKETPLACE_TRUSTED_KEY)
                .fetch(MARKETPLACE_TRUSTED_KEY.PUBLIC_KEY).stream().flatMap(TrustedKeys::parsed)
                .filter(key -> demoInstallation || !TrustStore.isDevelopmentKey(key)).toList();
    }

    private static Stream<PublicKey> parsed(String text) {
        try {
            return Stream.of(Signatures.publicKey(text));
        } catch (IllegalArgumentException e) {
            return Stream.empty();
        }
    }
}
