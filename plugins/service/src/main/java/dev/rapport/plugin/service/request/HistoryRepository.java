package dev.rapport.plugin.service.request;

import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST_EVENT;

import dev.rapport.plugin.service.db.tables.records.SvcRequestEventRecord;
import dev.rapport.plugin.service.support.Times;
import java.time.Instant;
import java.util.ArrayList;
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
        dsl.insertInto(SVC_REQUEST_EVENT).set(entry(requestId, kind, from, to, detail, interactionId, actorUserId, at))
                .execute();
    }

    /**
     * Entries collected and written together by one multi-row insert ({@link #flush()}), in the order they were
     * added: the SLA scan's many entries of a batch of requests cost one statement instead of one each.
     */
    public final class Batch {

        private final List<SvcRequestEventRecord> entries = new ArrayList<>();

        public void append(long requestId, HistoryKind kind, Object from, Object to, String detail, Instant at) {
            entries.add(entry(requestId, kind, from, to, detail, null, null, at));
        }

        /** Writes what was collected (nothing when empty) and starts again empty. */
        public void flush() {
            if (entries.isEmpty()) {
                return;
            }
            var insert = dsl.insertInto(SVC_REQUEST_EVENT, SVC_REQUEST_EVENT.REQUEST_ID, SVC_REQUEST_EVENT.KIND,
                    SVC_REQUEST_EVENT.FROM_VALUE, SVC_REQUEST_EVENT.TO_VALUE, SVC_REQUEST_EVENT.DETAIL,
                    SVC_REQUEST_EVENT.INTERACTION_ID, SVC_REQUEST_EVENT.ACTOR_USER_ID, SVC_REQUEST_EVENT.OCCURRED_AT);
            for (SvcRequestEventRecord entry : entries) {
                insert = insert.values(entry.getRequestId(), entry.getKind(), entry.getFromValue(), entry.getToValue(),
                        entry.getDetail(), entry.getInteractionId(), entry.getActorUserId(), entry.getOccurredAt());
            }
            insert.execute();
            entries.clear();
        }
    }

    public Batch batch() {
        return new Batch();
    }

    private static SvcRequestEventRecord entry(long requestId, HistoryKind kind, Object from, Object to, String detail,
                                               Long interactionId, Long actorUserId, Instant at) {
        SvcRequestEventRecord entry = new SvcRequestEventRecord();
        entry.setRequestId(requestId);
        entry.setKind(kind.name());
        entry.setFromValue(from == null ? null : from.toString());
        entry.setToValue(to == null ? null : to.toString());
        entry.setDetail(detail);
        entry.setInteractionId(interactionId);
        entry.setActorUserId(actorUserId);
        entry.setOccurredAt(Times.stored(at));
        return entry;
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
