package dev.rapport.platform.calendar;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.CALENDAR_FEED;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.jooq.DSLContext;

/**
 * The secret links through which a person's phone calendar subscribes to their calendar. One link per person;
 * only its SHA-256 hash is stored, so the link is shown once, when it is made. Making a new one replaces (and
 * so invalidates) the old one; revoking removes it. Each is audited.
 */
public final class CalendarFeeds {

    private static final int SECRET_BYTES = 32;

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    public CalendarFeeds(DSLContext dsl, Clock clock, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
    }

    /** Makes a new secret for the actor's own feed, replacing any earlier one; returns it (shown only now). */
    public String regenerate(Actor actor) {
        Permissions.require(actor.storedUserId() != null, actor, "subscribe to a calendar");
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.insertInto(CALENDAR_FEED).set(CALENDAR_FEED.USER_ID, actor.userId())
                    .set(CALENDAR_FEED.SECRET_HASH, hash(secret)).set(CALENDAR_FEED.CREATED_AT, now)
                    .onDuplicateKeyUpdate().set(CALENDAR_FEED.SECRET_HASH, hash(secret)).set(CALENDAR_FEED.CREATED_AT, now)
                    .setNull(CALENDAR_FEED.LAST_USED_AT).execute();
            audit.record(tx, actor, AuditAction.CALENDAR_FEED_CREATED, "user", actor.userId(), actor.displayName());
        });
        return secret;
    }

    /** Removes the actor's feed link: subscriptions to it stop receiving anything. */
    public void revoke(Actor actor) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.deleteFrom(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(actor.userId())).execute() > 0) {
                audit.record(tx, actor, AuditAction.CALENDAR_FEED_REVOKED, "user", actor.userId(), actor.displayName());
            }
        });
    }

    /** When the actor's current link was made, if they have one. */
    public Optional<Instant> createdAt(Actor actor) {
        return dsl.select(CALENDAR_FEED.CREATED_AT).from(CALENDAR_FEED).where(CALENDAR_FEED.USER_ID.eq(actor.userId()))
                .fetchOptional(CALENDAR_FEED.CREATED_AT);
    }

    /** The active user whose feed {@code secret} opens, noting the use; empty for an unknown or revoked secret. */
    public OptionalLong userFor(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return OptionalLong.empty();
        }
        String hash = hash(secret);
        Optional<Long> userId = dsl.select(CALENDAR_FEED.USER_ID).from(CALENDAR_FEED)
                .join(APP_USER).on(APP_USER.ID.eq(CALENDAR_FEED.USER_ID))
                .where(CALENDAR_FEED.SECRET_HASH.eq(hash)).and(APP_USER.ACTIVE.isTrue())
                .fetchOptional(CALENDAR_FEED.USER_ID);
        userId.ifPresent(id -> dsl.update(CALENDAR_FEED).set(CALENDAR_FEED.LAST_USED_AT, clock.instant())
                .where(CALENDAR_FEED.USER_ID.eq(id)).execute());
        return userId.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
