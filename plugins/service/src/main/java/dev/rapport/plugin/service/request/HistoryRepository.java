package dev.rapport.plugin.service.request;

import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST_EVENT;

import dev.rapport.plugin.service.support.Times;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** A request's history in {@code svc_request_event}: appended, never changed. */
public final class HistoryRepository {

    private final DSLContext dsl;

    public HistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(long requestId, HistoryKind kind, Object from, Object to, String detail, Long interactionId,
                       Long actorUserId, Instant at) {
        dsl.insertInto(SVC_REQUEST_EVENT).set(SVC_REQUEST_EVENT.REQUEST_ID, requestId)
                .set(SVC_REQUEST_EVENT.KIND, kind.name())
                .set(SVC_REQUEST_EVENT.FROM_VALUE, from == null ? null : from.toString())
                .set(SVC_REQUEST_EVENT.TO_VALUE, to == null ? null : to.toString())
                .set(SVC_REQUEST_EVENT.DETAIL, detail).set(SVC_REQUEST_EVENT.INTERACTION_ID, interactionId)
                .set(SVC_REQUEST_EVENT.ACTOR_USER_ID, actorUserId).set(SVC_REQUEST_EVENT.OCCURRED_AT, Times.stored(at))
                .execute();
    }

    /** The history in order, oldest first; at most {@code limit} entries after {@code afterId}. */
    public List<HistoryEntry> of(long requestId, long afterId, int limit) {
        return dsl.selectFrom(SVC_REQUEST_EVENT)
                .where(SVC_REQUEST_EVENT.REQUEST_ID.eq(requestId), SVC_REQUEST_EVENT.ID.gt(afterId))
                .orderBy(SVC_REQUEST_EVENT.ID).limit(limit)
                .fetch(row -> new HistoryEntry(row.getId(), row.getRequestId(), HistoryKind.valueOf(row.getKind()),
                        row.getFromValue(), row.getToValue(), row.getDetail(), row.getInteractionId(),
                        row.getActorUserId(), row.getOccurredAt()));
    }
}
