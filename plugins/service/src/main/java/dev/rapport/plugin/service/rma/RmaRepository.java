package dev.rapport.plugin.service.rma;

import static dev.rapport.plugin.service.db.Tables.SVC_RMA;
import static dev.rapport.plugin.service.support.Times.stored;

import dev.rapport.plugin.service.db.tables.records.SvcRmaRecord;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Returns in {@code svc_rma}. */
public final class RmaRepository {

    private final DSLContext dsl;

    public RmaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Rma get(long id) {
        return dsl.selectFrom(SVC_RMA).where(SVC_RMA.ID.eq(id)).fetchOptional(RmaRepository::toRma)
                .orElseThrow(() -> new NotFoundException("Return", id));
    }

    /** The return locked for the rest of the transaction. */
    public Rma lock(long id) {
        return dsl.selectFrom(SVC_RMA).where(SVC_RMA.ID.eq(id)).forUpdate().fetchOptional(RmaRepository::toRma)
                .orElseThrow(() -> new NotFoundException("Return", id));
    }

    public long insert(Rma rma) {
        SvcRmaRecord row = dsl.newRecord(SVC_RMA);
        write(row, rma);
        row.setRequestId(rma.requestId());
        row.setCustomerId(rma.customerId());
        row.setProductId(rma.productId());
        row.setReason(rma.reason());
        row.setRequestedAt(stored(rma.requestedAt()));
        row.store();
        return row.getId();
    }

    /** Stores {@code rma} over the row if it still has {@code rma.version()}; the version goes up by one. */
    public void update(Rma rma) {
        SvcRmaRecord row = dsl.newRecord(SVC_RMA);
        write(row, rma);
        row.setVersion(rma.version() + 1);
        int changed = dsl.update(SVC_RMA).set(row).where(SVC_RMA.ID.eq(rma.id()), SVC_RMA.VERSION.eq(rma.version()))
                .execute();
        if (changed == 0) {
            throw new ConcurrentEditException("Return", rma.id(), get(rma.id()).updatedAt(), "someone else");
        }
    }

    public List<Rma> ofRequest(long requestId) {
        return dsl.selectFrom(SVC_RMA).where(SVC_RMA.REQUEST_ID.eq(requestId)).orderBy(SVC_RMA.ID).limit(100)
                .fetch(RmaRepository::toRma);
    }

    /** A customer's returns, newest first, strictly before ({@code at}, {@code id}) when {@code at} is given. */
    public List<Rma> ofCustomerBefore(long customerId, Instant at, long id, int limit) {
        Condition condition = SVC_RMA.CUSTOMER_ID.eq(customerId);
        if (at != null) {
            Instant before = stored(at);
            condition = condition.and(SVC_RMA.REQUESTED_AT.lt(before)
                    .or(SVC_RMA.REQUESTED_AT.eq(before).and(SVC_RMA.ID.lt(id))));
        }
        return dsl.selectFrom(SVC_RMA).where(condition).orderBy(SVC_RMA.REQUESTED_AT.desc(), SVC_RMA.ID.desc())
                .limit(limit).fetch(RmaRepository::toRma);
    }

    /**
     * A page of returns, newest first, in {@code status} (null: any), after {@code after} (null: the first page).
     * Keyset over (requested at, id), on the index with or without the status in front.
     */
    public List<Rma> page(RmaStatus status, Rma after, int limit) {
        Condition condition = status == null ? DSL.noCondition() : SVC_RMA.STATUS.eq(status.name());
        var query = dsl.selectFrom(SVC_RMA).where(condition).orderBy(SVC_RMA.REQUESTED_AT.desc(), SVC_RMA.ID.desc());
        if (after == null) {
            return query.limit(limit).fetch(RmaRepository::toRma);
        }
        return query.seek(stored(after.requestedAt()), after.id()).limit(limit).fetch(RmaRepository::toRma);
    }

    private static void write(SvcRmaRecord row, Rma rma) {
        row.setStatus(rma.status().name());
        row.setCoverage(rma.coverage() == null ? null : rma.coverage().name());
        row.setDecisionReason(rma.decisionReason());
        row.setTrackingNumber(rma.trackingNumber());
        row.setShippedOn(rma.shippedOn());
        row.setReceivedOn(rma.receivedOn());
        row.setOutcome(rma.outcome() == null ? null : rma.outcome().name());
        row.setInspectionNotes(rma.inspectionNotes());
        row.setRefundAmount(rma.refundAmount());
        row.setRefundCurrency(rma.refundCurrency());
        row.setRefundTransactionId(rma.refundTransactionId());
        row.setDecidedAt(stored(rma.decidedAt()));
        row.setCompletedAt(stored(rma.completedAt()));
        row.setUpdatedAt(stored(rma.updatedAt()));
    }

    private static Rma toRma(SvcRmaRecord row) {
        return new Rma(row.getId(), row.getRequestId(), row.getCustomerId(), row.getProductId(), row.getReason(),
                RmaStatus.valueOf(row.getStatus()), row.getCoverage() == null ? null : Coverage.valueOf(row.getCoverage()),
                row.getDecisionReason(), row.getTrackingNumber(), row.getShippedOn(), row.getReceivedOn(),
                row.getOutcome() == null ? null : InspectionOutcome.valueOf(row.getOutcome()), row.getInspectionNotes(),
                row.getRefundAmount(), row.getRefundCurrency(), row.getRefundTransactionId(), row.getRequestedAt(),
                row.getDecidedAt(), row.getCompletedAt(), row.getUpdatedAt(), row.getVersion());
    }
}
