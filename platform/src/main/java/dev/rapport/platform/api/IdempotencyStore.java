package dev.rapport.platform.api;

import static dev.rapport.platform.internal.db.Tables.API_IDEMPOTENCY;

import dev.rapport.platform.persistence.Database;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The first answers to POSTs with an {@code Idempotency-Key}, per token, for {@link #RETENTION}. The call runs in one
 * transaction with its claim of the key (a row without an answer, inserted first) and the answer stored under it
 * ({@link ApiServlet}): the claim, the call's writes and the answer commit together or not at all. A call that fails on
 * the server's side, a failed commit, or a node killed mid-call leave neither the writes nor the claim: the client's
 * retry runs again. No key stays claimed after its call ended, however it ended.
 *
 * <p>Two concurrent calls with one key: the second's claim waits for the first's row lock (the unique key), then finds
 * the committed answer, or claims the key if the first was rolled back. On a Galera cluster calls on two nodes do not
 * wait for each other: the second to commit fails certification (error 1213) and runs again, then finds the answer.
 * A claim that waited longer than the lock wait timeout ({@code innodb_lock_wait_timeout}, 50 s) is told the first
 * call still runs (409).
 */
final class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    private static final int IN_PROGRESS = 0;
    /** MariaDB's error for a lock wait that timed out. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    /** A stored answer; {@code status} 0 while the first call still runs. */
    record Stored(String requestHash, int status, String location, String body) {

        boolean inProgress() {
            return status == IN_PROGRESS;
        }
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    IdempotencyStore(Database database, Clock clock) {
        this.dsl = database.dsl();
        this.clock = clock;
    }

    /**
     * Claims {@code key} for this call, in the call's transaction; empty when it was free, else what is stored under
     * it (a locking read: the answer committed while this claim waited, whatever this transaction read before).
     */
    Optional<Stored> claim(long tokenId, String key, String requestHash) {
        Instant now = clock.instant();
        pruneNowAndThen(now);
        try {
            // Insert first: a delete of a key that is not there would lock the gap where it goes, and two calls
            // whose new keys fall into one gap would then deadlock on their inserts (measured: 8 clients, 10,000 keys).
            boolean claimed = insertClaim(tokenId, key, requestHash, now);
            if (!claimed && dsl.deleteFrom(API_IDEMPOTENCY).where(API_IDEMPOTENCY.TOKEN_ID.eq(tokenId))
                    .and(API_IDEMPOTENCY.IDEM_KEY.eq(key)).and(API_IDEMPOTENCY.CREATED_AT.lt(now.minus(RETENTION)))
                    .execute() == 1) {
                // The key's earlier use expired: used again, it is a new call.
                claimed = insertClaim(tokenId, key, requestHash, now);
            }
            if (claimed) {
                return Optional.empty();
            }
            return dsl.selectFrom(API_IDEMPOTENCY).where(API_IDEMPOTENCY.TOKEN_ID.eq(tokenId))
                    .and(API_IDEMPOTENCY.IDEM_KEY.eq(key)).forShare()
                    .fetchOptional(r -> new Stored(r.getRequestHash(), r.getStatus(), r.getLocation(), r.getBody()));
        } catch (DataAccessException e) {
            if (waitedTooLong(e)) {
                return Optional.of(new Stored(requestHash, IN_PROGRESS, null, null));
            }
            throw e;
        }
    }

    private boolean insertClaim(long tokenId, String key, String requestHash, Instant now) {
        return dsl.insertInto(API_IDEMPOTENCY)
                .set(API_IDEMPOTENCY.TOKEN_ID, tokenId).set(API_IDEMPOTENCY.IDEM_KEY, key)
                .set(API_IDEMPOTENCY.REQUEST_HASH, requestHash).set(API_IDEMPOTENCY.STATUS, IN_PROGRESS)
                .set(API_IDEMPOTENCY.CREATED_AT, now).onDuplicateKeyIgnore().execute() == 1;
    }

    /** Stores the answer of the call that claimed {@code key}, in its transaction. */
    void complete(long tokenId, String key, int status, String location, String body) {
        dsl.update(API_IDEMPOTENCY).set(API_IDEMPOTENCY.STATUS, status).set(API_IDEMPOTENCY.LOCATION, location)
                .set(API_IDEMPOTENCY.BODY, body)
                .where(API_IDEMPOTENCY.TOKEN_ID.eq(tokenId)).and(API_IDEMPOTENCY.IDEM_KEY.eq(key)).execute();
    }

    /** Expired answers go in a transaction of their own: the call's would hold their locks to its end. */
    private void pruneNowAndThen(Instant now) {
        Instant last = lastPrune.get();
        if (now.isAfter(last.plus(PRUNE_EVERY)) && lastPrune.compareAndSet(last, now)) {
            Database.outsideTransaction(() -> dsl.deleteFrom(API_IDEMPOTENCY)
                    .where(API_IDEMPOTENCY.CREATED_AT.lt(now.minus(RETENTION))).limit(10_000).execute());
        }
    }

    private static boolean waitedTooLong(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                return true;
            }
        }
        return false;
    }
}
