package dev.rapport.platform.api;

import static dev.rapport.platform.internal.db.Tables.API_IDEMPOTENCY;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;

/**
 * The first answers to POSTs with an {@code Idempotency-Key}, per token, for {@link #RETENTION}. A key is claimed
 * before the write runs (a row without an answer), so two concurrent calls with one key cannot both write; the answer
 * is stored when the call ends, or the claim given back when it failed on the server's side. A server that dies
 * between the write and storing its answer leaves the claim: retries are then told the call is in progress rather
 * than writing twice.
 */
final class IdempotencyStore {

    static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);
    private static final int IN_PROGRESS = 0;

    /** A stored answer; {@code status} 0 while the first call still runs. */
    record Stored(String requestHash, int status, String location, String body) {

        boolean inProgress() {
            return status == IN_PROGRESS;
        }
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final AtomicReference<Instant> lastPrune = new AtomicReference<>(Instant.EPOCH);

    IdempotencyStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Claims {@code key} for this call; empty when it was free, else what is stored under it. */
    Optional<Stored> claim(long tokenId, String key, String requestHash) {
        Instant now = clock.instant();
        pruneNowAndThen(now);
        dsl.deleteFrom(API_IDEMPOTENCY).where(API_IDEMPOTENCY.TOKEN_ID.eq(tokenId)).and(API_IDEMPOTENCY.IDEM_KEY.eq(key))
                .and(API_IDEMPOTENCY.CREATED_AT.lt(now.minus(RETENTION))).execute();
        int claimed = dsl.insertInto(API_IDEMPOTENCY)
                .set(API_IDEMPOTENCY.TOKEN_ID, tokenId).set(API_IDEMPOTENCY.IDEM_KEY, key)
                .set(API_IDEMPOTENCY.REQUEST_HASH, requestHash).set(API_IDEMPOTENCY.STATUS, IN_PROGRESS)
                .set(API_IDEMPOTENCY.CREATED_AT, now).onDuplicateKeyIgnore().execute();
        if (claimed == 1) {
            return Optional.empty();
        }
        return dsl.selectFrom(API_IDEMPOTENCY).where(API_IDEMPOTENCY.TOKEN_ID.eq(tokenId))
                .and(API_IDEMPOTENCY.IDEM_KEY.eq(key))
                .fetchOptional(r -> new Stored(r.getRequestHash(), r.getStatus(), r.getLocation(), r.getBody()));
    }

    void complete(long tokenId, String key, int status, String location, String body) {
        dsl.update(API_IDEMPOTENCY).set(API_IDEMPOTENCY.STATUS, status).set(API_IDEMPOTENCY.LOCATION, location)
                .set(API_IDEMPOTENCY.BODY, body)
                .where(API_IDEMPOTENCY.TOKEN_ID.eq(tokenId)).and(API_IDEMPOTENCY.IDEM_KEY.eq(key)).execute();
    }

    void release(long tokenId, String key) {
        dsl.deleteFrom(API_IDEMPOTENCY).where(API_IDEMPOTENCY.TOKEN_ID.eq(tokenId))
                .and(API_IDEMPOTENCY.IDEM_KEY.eq(key)).and(API_IDEMPOTENCY.STATUS.eq(IN_PROGRESS)).execute();
    }

    private void pruneNowAndThen(Instant now) {
        Instant last = lastPrune.get();
        if (now.isAfter(last.plus(PRUNE_EVERY)) && lastPrune.compareAndSet(last, now)) {
            dsl.deleteFrom(API_IDEMPOTENCY).where(API_IDEMPOTENCY.CREATED_AT.lt(now.minus(RETENTION))).limit(10_000)
                    .execute();
        }
    }
}
