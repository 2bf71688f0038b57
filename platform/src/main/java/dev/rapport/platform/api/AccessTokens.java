package dev.rapport.platform.api;

import static dev.rapport.platform.internal.db.Tables.API_TOKEN;
import static dev.rapport.platform.internal.db.Tables.APP_USER;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.internal.db.tables.records.ApiTokenRecord;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Personal access tokens of the REST API: created by a user for themselves (or by an administrator for a service
 * account), shown once, stored as a SHA-256 of the secret, listed with their last use, revoked. A call with a token
 * acts as its user with that user's current role and departments, so a user's token can never do more than the user.
 *
 * <p>{@link #authenticate} runs on every API call: it reads one row by the unique hash and records the last use at
 * most once a minute per token, so reading does not turn every call into a write.
 */
public final class AccessTokens {

    /** The start of every secret, so secret scanners and people recognise a Rapport token. */
    public static final String SECRET_PREFIX = "rap_";
    /** The longest a token may live. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    private static final int SECRET_BYTES = 32;
    private static final int SHOWN_PREFIX = 12;
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** What a token may do: read only, or read and write (as far as its user may). */
    public enum Scope { READ, READ_WRITE }

    /** A stored token, without its secret. */
    public record AccessToken(long id, long userId, String name, String prefix, Scope scope, Instant createdAt,
                              Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

        public boolean usableAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    /** A token just created, with the secret that is shown this once and never again. */
    public record Issued(AccessToken token, String secret) {
    }

    /** Who calls: the token and the user it acts as. */
    public record Caller(AccessToken token, Actor actor) {

        public boolean mayWrite() {
            return token.scope() == Scope.READ_WRITE;
        }
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final UserDirectory users;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final Cache<Long, Instant> lastUseWritten = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(LAST_USE_PRECISION).build();

    public AccessTokens(DSLContext dsl, Clock clock, UserDirectory users, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.users = users;
        this.audit = audit;
    }

    /**
     * Creates a token for {@code userId}: a user for themselves; an administrator also for a service account.
     *
     * @throws ValidationException for a missing or too long name, a missing scope, or an expiry not in the future
     *     or beyond {@link #MAX_LIFETIME}; nothing was stored
     */
    public Issued create(long userId, String name, Scope scope, Instant expiresAt, Actor actor) {
        requireManages(userId, actor);
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "name", name, 100);
        if (scope == null) {
            errors.add(FieldError.of("scope", "validation.required"));
        }
        if (expiresAt == null) {
            errors.add(FieldError.of("expiresAt", "validation.required"));
        } else if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            errors.add(FieldError.of("expiresAt", "validation.tokenExpiry", MAX_LIFETIME.toDays()));
        }
        ValidationException.throwIfAny(errors);
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long tokenId = tx.insertInto(API_TOKEN)
                    .set(API_TOKEN.USER_ID, userId)
                    .set(API_TOKEN.NAME, name.strip())
                    .set(API_TOKEN.SECRET_HASH, hash(secret))
                    .set(API_TOKEN.PREFIX, secret.substring(0, SHOWN_PREFIX))
                    .set(API_TOKEN.SCOPE, scope.name())
                    .set(API_TOKEN.CREATED_AT, now)
                    .set(API_TOKEN.CREATED_BY, actor.userId())
                    .set(API_TOKEN.EXPIRES_AT, expiresAt)
                    .returningResult(API_TOKEN.ID).fetchSingle().value1();
            audit.record(tx, actor, AuditAction.API_TOKEN_CREATED, "user", userId,
                    name.strip() + " (" + scope + ", until " + expiresAt + ")");
            return tokenId;
        });
        return new Issued(find(id).orElseThrow(), secret);
    }

    /** The tokens of {@code userId}, newest first, also expired and revoked ones (a user has a handful). */
    public List<AccessToken> of(long userId, Actor actor) {
        requireManages(userId, actor);
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId)).orderBy(API_TOKEN.ID.desc()).limit(500)
                .fetch(AccessTokens::toToken);
    }

    /** Revokes a token at once: the next call with it is refused. Revoking a revoked token changes nothing. */
    public void revoke(long tokenId, Actor actor) {
        AccessToken token = find(tokenId).orElseThrow(() -> new NotFoundException("Token", tokenId));
        requireManages(token.userId(), actor);
        if (token.revokedAt() != null) {
            return;
        }
        dsl.transaction(configuration -> {
            configuration.dsl().update(API_TOKEN).set(API_TOKEN.REVOKED_AT, clock.instant())
                    .where(API_TOKEN.ID.eq(tokenId)).and(API_TOKEN.REVOKED_AT.isNull()).execute();
            audit.record(configuration.dsl(), actor, AuditAction.API_TOKEN_REVOKED, "user", token.userId(), token.name());
        });
    }

    /**
     * The caller a secret stands for: empty for an unknown, revoked or expired token, or one whose user is no longer
     * active.
     */
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessToken> token = dsl.selectFrom(API_TOKEN).where(API_TOKEN.SECRET_HASH.eq(hash(secret)))
                .fetchOptional(AccessTokens::toToken).filter(found -> found.usableAt(now));
        Optional<Caller> caller = token.flatMap(found -> users.actorOf(found.userId())
                .map(actor -> new Caller(found, actor)));
        caller.ifPresent(found -> recordUse(found.token().id(), now));
        return caller;
    }

    private void recordUse(long tokenId, Instant now) {
        if (lastUseWritten.asMap().putIfAbsent(tokenId, now) == null) {
            // Not part of an idempotent call's transaction: kept if the call is rolled back, and its lock not held.
            Database.outsideTransaction(() -> dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now)
                    .where(API_TOKEN.ID.eq(tokenId)).execute());
        }
    }

    public Optional<AccessToken> find(long tokenId) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(tokenId)).fetchOptional(AccessTokens::toToken);
    }

    /** A user manages their own tokens; an administrator also those of service accounts. */
    private void requireManages(long userId, Actor actor) {
        if (actor.userId() == userId && !actor.isSystem()) {
            users.actorOf(userId).orElseThrow(() -> new NotFoundException("User", userId));
            return;
        }
        Permissions.require(actor, Role.ADMINISTRATOR, "manage the access tokens of user " + userId);
        boolean serviceAccount = dsl.select(APP_USER.SERVICE_ACCOUNT).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.SERVICE_ACCOUNT).orElseThrow(() -> new NotFoundException("User", userId));
        Permissions.require(serviceAccount, actor, "manage the access tokens of another person");
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static AccessToken toToken(ApiTokenRecord r) {
        return new AccessToken(r.getId(), r.getUserId(), r.getName(), r.getPrefix(), Scope.valueOf(r.getScope()),
                r.getCreatedAt(), r.getExpiresAt(), r.getLastUsedAt(), r.getRevokedAt());
    }
}
