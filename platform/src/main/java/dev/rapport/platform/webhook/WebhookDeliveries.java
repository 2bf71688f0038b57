package dev.rapport.platform.webhook;

import static dev.rapport.platform.internal.db.Tables.WEBHOOK_DELIVERY;
import static dev.rapport.platform.internal.db.Tables.WEBHOOK_SUBSCRIPTION;

import dev.rapport.platform.internal.db.tables.records.WebhookDeliveryRecord;
import dev.rapport.platform.webhook.WebhookDelivery.Status;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** The delivery queue and log ({@code webhook_delivery}): one row per event and subscription. */
final class WebhookDeliveries {

    private static final int MAX_ERROR = 1000;

    private final DSLContext dsl;

    WebhookDeliveries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A message due now; a repeated event (the dispatcher delivers at least once) makes no second one. */
    void queue(long subscriptionId, long eventId, String eventType, String payload, Instant now) {
        dsl.insertInto(WEBHOOK_DELIVERY)
                .set(WEBHOOK_DELIVERY.SUBSCRIPTION_ID, subscriptionId)
                .set(WEBHOOK_DELIVERY.EVENT_ID, eventId)
                .set(WEBHOOK_DELIVERY.EVENT_TYPE, eventType)
                .set(WEBHOOK_DELIVERY.PAYLOAD, payload)
                .set(WEBHOOK_DELIVERY.STATUS, Status.PENDING.name())
                .set(WEBHOOK_DELIVERY.ATTEMPTS, 0)
                .set(WEBHOOK_DELIVERY.CREATED_AT, now)
                .set(WEBHOOK_DELIVERY.RETRY_WINDOW_FROM, now)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, now)
                .onDuplicateKeyIgnore().execute();
    }

    /** A message taken for an attempt. */
    record Due(long id, long subscriptionId, long eventId, String payload, int attempts, Instant retryWindowFrom,
               Instant nextAttemptAt) {
    }

    /**
     * Pending messages of enabled subscriptions due at {@code now}, earliest first, leaving out the subscriptions in
     * {@code busy} (they have as many requests under way as they may).
     */
    List<Due> due(Instant now, Collection<Long> busy, int limit) {
        return dsl.select(WEBHOOK_DELIVERY.ID, WEBHOOK_DELIVERY.SUBSCRIPTION_ID, WEBHOOK_DELIVERY.EVENT_ID,
                        WEBHOOK_DELIVERY.PAYLOAD, WEBHOOK_DELIVERY.ATTEMPTS, WEBHOOK_DELIVERY.RETRY_WINDOW_FROM,
                        WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT)
                .from(WEBHOOK_DELIVERY).join(WEBHOOK_SUBSCRIPTION)
                .on(WEBHOOK_SUBSCRIPTION.ID.eq(WEBHOOK_DELIVERY.SUBSCRIPTION_ID))
                .where(WEBHOOK_DELIVERY.STATUS.eq(Status.PENDING.name()))
                .and(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT.le(now))
                .and(WEBHOOK_SUBSCRIPTION.ENABLED.isTrue())
                .and(busy.isEmpty() ? org.jooq.impl.DSL.noCondition() : WEBHOOK_DELIVERY.SUBSCRIPTION_ID.notIn(busy))
                .orderBy(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, WEBHOOK_DELIVERY.ID).limit(limit)
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /**
     * Takes a due message for one attempt: it falls due again at {@code until} should this node die during the
     * attempt. False when another node or thread took it first.
     */
    boolean claim(Due due, Instant until) {
        return dsl.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, until)
                .where(WEBHOOK_DELIVERY.ID.eq(due.id()))
                .and(WEBHOOK_DELIVERY.STATUS.eq(Status.PENDING.name()))
                .and(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT.eq(due.nextAttemptAt())).execute() == 1;
    }

    /** How an attempt went. */
    record Outcome(Instant at, Integer responseStatus, int durationMillis, String error) {
    }

    void delivered(long id, Outcome outcome) {
        record(id, outcome, Status.DELIVERED, null).set(WEBHOOK_DELIVERY.DELIVERED_AT, outcome.at())
                .where(WEBHOOK_DELIVERY.ID.eq(id)).execute();
    }

    void retryAt(long id, Outcome outcome, Instant next) {
        record(id, outcome, Status.PENDING, next).where(WEBHOOK_DELIVERY.ID.eq(id)).execute();
    }

    void failed(long id, Outcome outcome) {
        record(id, outcome, Status.FAILED, null).where(WEBHOOK_DELIVERY.ID.eq(id)).execute();
    }

    private org.jooq.UpdateSetMoreStep<WebhookDeliveryRecord> record(long id, Outcome outcome, Status status,
                                                                      Instant next) {
        String error = outcome.error() == null || outcome.error().length() <= MAX_ERROR ? outcome.error()
                : outcome.error().substring(0, MAX_ERROR);
        return dsl.update(WEBHOOK_DELIVERY).set(WEBHOOK_DELIVERY.STATUS, status.name())
                .set(WEBHOOK_DELIVERY.ATTEMPTS, WEBHOOK_DELIVERY.ATTEMPTS.plus(1))
                .set(WEBHOOK_DELIVERY.LAST_ATTEMPT_AT, outcome.at())
                .set(WEBHOOK_DELIVERY.RESPONSE_STATUS, outcome.responseStatus())
                .set(WEBHOOK_DELIVERY.DURATION_MS, outcome.durationMillis())
                .set(WEBHOOK_DELIVERY.ERROR, error)
                .set(WEBHOOK_DELIVERY.NEXT_ATTEMPT_AT, next);
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
