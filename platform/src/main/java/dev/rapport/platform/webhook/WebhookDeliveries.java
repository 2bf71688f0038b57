package dev.rapport.platform.webhook;

import static dev.rapport.platform.internal.db.Tables.WEBHOOK_DELIVERY;
import static dev.rapport.platform.internal.db.Tables.WEBHOOK_SUBSCRIPTION;

import dev.rapport.platform.internal.db.tables.records.WebhookDeliveryRecord;
import dev.rapport.platform.persistence.ConflictRetry;
import dev.rapport.platform.webhook.WebhookDelivery.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The delivery queue and log ({@code webhook_delivery}): one row per event and subscription. */
final class WebhookDeliveries {

    private static final int MAX_ERROR = 1000;
    /** Messages per INSERT statement: payloads are a few kilobytes at most, so a statement stays well in bounds. */
    private static final int ROWS_PER_STATEMENT = 100;

    private final DSLContext dsl;

    WebhookDeliveries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A message to queue: one event for one subscription. */
    record Message(long subscriptionId, long eventId, String eventType, String payload) {
    }

    /**
     * Queues {@code messages}, due at {@code now}, in one transaction (a few multi-row statements): one commit for a
     * whole batch of the dispatcher's events. A repeated event (the dispatcher delivers at least once) makes no second
     * message.
     */
    void queueAll(List<Message> messages, Instant now) {
        if (messages.isEmpty()) {
            return;
        }
        ConflictRetry.run("queue webhook messages", () -> dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            for (int from = 0; from < messages.size(); from += ROWS_PER_STATEMENT) {
                var insert = tx.insertInto(WEBHOOK_DELIVERY, WEBHOOK_DELIVERY.SUBSCRIPTION_ID,
                        WEBHOOK_DELIVERY.EVENT_ID, WEBHOOK_DELIVERY.EVENT_TYPE, WEBHOOK_DELIVERY.PAYLOAD,
                        WEBHOOK_DELIVERY.STATUS, WEBHOOK_DELIVERY.ATTEMPTS, WEBHOOK_DELIVERY.CREATED_AT,
                        WEBHOOK_DELIVERY.RETRY_WINDOW_FROM, WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT);
                for (Message message : messages.subList(from, Math.min(messages.size(), from + ROWS_PER_STATEMENT))) {
                    insert = insert.values(message.subscriptionId(), message.eventId(), message.eventType(),
                            message.payload(), Status.PENDING.name(), 0, now, now, now);
                }
                insert.onDuplicateKeyIgnore().execute();
            }
        }));
    }

    /** A message taken for an attempt. */
    record Due(long id, long subscriptionId, long eventId, String payload, int attempts, Instant retryWindowFrom) {
    }

    /**
     * Takes up to {@code limit} pending messages of subscription {@code subscriptionId} due at {@code now}, earliest
     * first, for one attempt each, in one transaction: they fall due again at {@code until} should this node die during
     * the attempts. Rows another sender is taking at the same moment are skipped, not waited for; on a cluster, where
     * that skipping is local, a node taking the same rows meets a certification conflict and its claim runs again.
     * Only the subscription's own rows are read (index {@code ix_webhook_delivery_subscription_due}), so one claim
     * never touches another receiver's backlog.
     */
    List<Due> claimDue(long subscriptionId, Instant now, Instant until, int limit) {
        return ConflictRetry.run("claim webhook messages", () -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            List<Due> due = tx.select(WEBHOOK_DELIVERY.ID, WEBHOOK_DELIVERY.SUBSCRIPTION_ID, WEBHOOK_DELIVERY.EVENT_ID,
                            WEBHOOK_DELIVERY.PAYLOAD, WEBHOOK_DELIVERY.ATTEMPTS, WEBHOOK_DELIVERY.RETRY_WINDOW_FROM)
                    .from(WEBHOOK_DELIVERY)
                    .where(WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(subscriptionId))
                    .and(WEBHOOK_DELIVERY.STATUS.eq(Status.PENDING.name()))
                    .and(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT.le(now))
                    // disabled on another node since this one last read the subscriptions: its messages wait
                    .andExists(DSL.selectOne().from(WEBHOOK_SUBSCRIPTION)
                            .where(WEBHOOK_SUBSCRIPTION.ID.eq(subscriptionId)).and(WEBHOOK_SUBSCRIPTION.ENABLED.isTrue()))
                    .orderBy(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERY.ID).limit(limit)
                    .forUpdate().skipLocked()
                    .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
            if (!due.isEmpty()) {
                tx.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, until)
                        .where(WEBHOOK_DELIVERY.ID.in(due.stream().map(Due::id).toList())).execute();
            }
            return due;
        }));
    }

    /** How an attempt went. */
    record Outcome(Instant at, Integer responseStatus, int durationMillis, String error) {
    }

    /** What became of a message after an attempt: delivered, pending again at {@code nextAttemptAt}, or failed. */
    record Result(long id, Outcome outcome, Status status, Instant nextAttemptAt) {

        static Result delivered(long id, Outcome outcome) {
            return new Result(id, outcome, Status.DELIVERED, null);
        }

        static Result retryAt(long id, Outcome outcome, Instant next) {
            return new Result(id, outcome, Status.PENDING, next);
        }

        static Result failed(long id, Outcome outcome) {
            return new Result(id, outcome, Status.FAILED, null);
        }
    }

    /** Records the results of many attempts as one JDBC batch in one transaction: one commit for them all. */
    void recordAll(List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        ConflictRetry.run("record webhook attempts", () -> dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            List<org.jooq.Query> updates = new ArrayList<>(results.size());
            for (Result result : results) {
                updates.add(update(tx, result));
            }
            if (updates.size() == 1) {
                updates.getFirst().execute();
            } else {
                tx.batch(updates).execute();
            }
        }));
    }

    private static org.jooq.Query update(DSLContext tx, Result result) {
        Outcome outcome = result.outcome();
        String error = outcome.error() == null || outcome.error().length() <= MAX_ERROR ? outcome.error()
                : outcome.error().substring(0, MAX_ERROR);
        return tx.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.STATUS, result.status().name())
                .set(WEBHOOK_DELIVERY.ATTEMPTS, WEBHOOK_DELIVERY.ATTEMPTS.plus(1))
                .set(WEBHOOK_DELIVERY.LAST_ATTEMPT_AT, outcome.at())
                .set(WEBHOOK_DELIVERY.RESPONSE_STATUS, outcome.responseStatus())
                .set(WEBHOOK_DELIVERY.DURATION_MS, outcome.durationMillis())
                .set(WEBHOOK_DELIVERY.ERROR, error)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, result.nextAttemptAt())
                .set(WEBHOOK_DELIVERY.DELIVERED_AT, result.status() == Status.DELIVERED ? outcome.at() : null)
                .where(WEBHOOK_DELIVERY.ID.eq(result.id()));
    }

    /** A subscription's log, newest first, after the message {@code afterId} (null for the first page). */
    List<WebhookDelivery> page(long subscriptionId, Long afterId, int limit) {
        return dsl.selectFrom(WEBHOOK_DELIVERY).where(WEBHOOK_DELIVERY.SUBSCRIPTION_ID.eq(subscriptionId))
                .orderBy(WEBHOOK_DELIVERY.ID.desc())
                .seek(afterId == null ? Long.MAX_VALUE : afterId).limit(limit)
                .fetch(WebhookDeliveries::toDelivery);
    }

    Optional<WebhookDelivery> find(long id) {
        return dsl.selectFrom(WEBHOOK_DELIVERY).where(WEBHOOK_DELIVERY.ID.eq(id)).fetchOptional(WebhookDeliveries::toDelivery);
    }

    /** Makes a message due now with a new retry window, whatever became of it; its webhook-id stays. */
    void replay(long id, Instant now) {
        dsl.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.STATUS, Status.PENDING.name())
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, now).set(WEBHOOK_DELIVERY.RETRY_WINDOW_FROM, now)
                .setNull(WEBHOOK_DELIVERY.DELIVERED_AT)
                .where(WEBHOOK_DELIVERY.ID.eq(id)).execute();
    }

    /** Deletes up to {@code limit} delivered or failed messages made before {@code before}; how many it deleted. */
    int prune(Instant before, int limit) {
        return dsl.deleteFrom(WEBHOOK_DELIVERY).where(WEBHOOK_DELIVERY.CREATED_AT.lt(before))
                .and(WEBHOOK_DELIVERY.STATUS.ne(Status.PENDING.name())).orderBy(WEBHOOK_DELIVERY.ID).limit(limit)
                .execute();
    }

    private static WebhookDelivery toDelivery(WebhookDeliveryRecord r) {
        return new WebhookDelivery(r.getId(), r.getSubscriptionId(), r.getEventId(), r.getEventType(),
                WebhookDelivery.messageId(r.getEventId(), r.getSubscriptionId()), Status.valueOf(r.getStatus()),
                r.getAttempts(), r.getCreatedAt(), r.getNextAttemptAt(), r.getLastAttemptAt(), r.getResponseStatus(),
                r.getDurationMs(), r.getError(), r.getDeliveredAt());
    }
}
