package dev.rapport.platform.user;

import static dev.rapport.platform.internal.db.Tables.SETUP_TOKEN;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The one-time link that creates the first administrator of an installation without demo users (a production
 * database): there is no default password. The token is printed once at start-up and stored only as a hash.
 */
public final class SetupTokens {

    private static final Duration VALID_FOR = Duration.ofHours(24);

    private final org.jooq.DSLContext dsl;
    private final Clock clock;
    private final UserDirectory users;
    private final UserAdministration administration;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    public SetupTokens(org.jooq.DSLContext dsl, Clock clock, UserDirectory users, UserAdministration administration,
                       AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.users = users;
        this.administration = administration;
        this.audit = audit;
    }

    /** A new token, valid for a day, when no administrator can sign in yet; otherwise none. */
    public java.util.Optional<String> issueIfNeeded() {
        if (users.hasAdministrator()) {
            return java.util.Optional.empty();
        }
        String token = HexFormat.of().formatHex(random.generateSeed(24));
        dsl.insertInto(SETUP_TOKEN).set(SETUP_TOKEN.TOKEN_HASH, hash(token)).set(SETUP_TOKEN.CREATED_AT, clock.instant())
                .set(SETUP_TOKEN.EXPIRES_AT, clock.instant().plus(VALID_FOR)).execute();
        return java.util.Optional.of(token);
    }

    /** Whether {@code token} can still create the first administrator. */
    public boolean isUsable(String token) {
        return token != null && !users.hasAdministrator() && dsl.fetchExists(SETUP_TOKEN,
                SETUP_TOKEN.TOKEN_HASH.eq(hash(token)).and(SETUP_TOKEN.USED_AT.isNull())
                        .and(SETUP_TOKEN.EXPIRES_AT.gt(clock.instant())));
    }

    /** Creates the first administrator with {@code token}, which can never be used again. */
    public User createFirstAdministrator(String token, String username, String displayName, String password) {
        if (!isUsable(token)) {
            throw new ValidationException(List.of(FieldError.of("token", "validation.setupTokenInvalid")));
        }
        UserAdministration.UserDraft draft = new UserAdministration.UserDraft(username, displayName, null,
                Role.ADMINISTRATOR, Set.of(), true);
        administration.checkNewUser(draft, password);
        int claimed = dsl.update(SETUP_TOKEN).set(SETUP_TOKEN.USED_AT, clock.instant())
                .where(SETUP_TOKEN.TOKEN_HASH.eq(hash(token))).and(SETUP_TOKEN.USED_AT.isNull()).execute();
        if (claimed == 0) {
            throw new ValidationException(List.of(FieldError.of("token", "validation.setupTokenInvalid")));
        }
        User admin = administration.create(draft, password, false, Actor.SYSTEM);
        audit.record(Actor.of(admin), AuditAction.ADMINISTRATOR_SET_UP, "user", admin.id(), admin.username());
        return admin;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
