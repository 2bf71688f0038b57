package dev.rapport.plugin.service.request;

import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;
import static dev.rapport.plugin.service.support.Times.stored;

import dev.rapport.plugin.service.db.tables.records.SvcRequestRecord;
import dev.rapport.plugin.service.sla.ClockState;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.interaction.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Service requests in {@code svc_request}, with their clocks in columns (see the changelog). */
public final class RequestRepository {

    private final DSLContext dsl;

    public RequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ServiceRequest get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Service request", id));
    }

    public Optional<ServiceRequest> find(long id) {
        return dsl.selectFrom(SVC_REQUEST).where(SVC_REQUEST.ID.eq(id)).fetchOptional().map(RequestRepository::toRequest);
    }

    /** The request locked for the rest of the transaction (the scan and listeners change it beside people). */
    public ServiceRequest lock(long id) {
        return dsl.selectFrom(SVC_REQUEST).where(SVC_REQUEST.ID.eq(id)).forUpdate().fetchOptional()
                .map(RequestRepository::toRequest).orElseThrow(() -> new NotFoundException("Service request", id));
    }

    /** The open requests among {@code ids}, locked in id order (so two passes cannot deadlock) for the transaction. */
    public List<ServiceRequest> lockOpen(List<Long> ids) {
        return dsl.selectFrom(SVC_REQUEST).where(SVC_REQUEST.ID.in(ids),
                        SVC_REQUEST.STATUS.in(RequestStatus.OPEN.stream().map(Enum::name).toList()))
                .orderBy(SVC_REQUEST.ID).forUpdate().fetch(RequestRepository::toRequest);
    }

    public long insert(ServiceRequest request, Duration warning) {
        SvcRequestRecord row = dsl.newRecord(SVC_REQUEST);
        write(row, request, warning);
        row.setCustomerId(request.customerId());
        row.setContactId(request.contactId());
        row.setChannel(request.channel().name());
        row.setOriginInteractionId(request.originInteractionId());
        row.setOpenedAt(stored(request.openedAt()));
        row.store();
        return row.getId();
    }

    /** Stores {@code request} over the row if it still has {@code request.version()}; the version goes up by one. */
    public void update(ServiceRequest request, Duration warning) {
        SvcRequestRecord row = dsl.newRecord(SVC_REQUEST);
        write(row, request, warning);
        row.changed(SVC_REQUEST.ID, false);
        row.setVersion(request.version() + 1);
        int changed = dsl.update(SVC_REQUEST).set(row)
                .where(SVC_REQUEST.ID.eq(request.id()), SVC_REQUEST.VERSION.eq(request.version())).execute();
        if (changed == 0) {
            ServiceRequest current = get(request.id());
            throw new ConcurrentEditException("Service request", request.id(), current.updatedAt(), "someone else");
        }
    }

    /**
     * Stores requests the caller holds locked ({@link #lockOpen}) in one JDBC batch of the same update; each
     * version goes up by one.
     */
    public void updateLocked(List<ServiceRequest> requests, Duration warning) {
        if (requests.isEmpty()) {
            return;
        }
        List<SvcRequestRecord> rows = new ArrayList<>(requests.size());
        for (ServiceRequest request : requests) {
            SvcRequestRecord row = dsl.newRecord(SVC_REQUEST);
            write(row, request, warning);
            row.setId(request.id());
            row.changed(SVC_REQUEST.ID, false);
            row.setVersion(request.version() + 1);
            rows.add(row);
        }
        dsl.batchUpdate(rows).execute();
    }

    /**
     * A page of a queue's requests in the given statuses, soonest due first (requests whose clocks do not run
     * last), after the request {@code after} (null: the first page). Keyset over (queue, due order, id).
     */
    public List<ServiceRequest> page(long queueId, Set<RequestStatus> statuses, ServiceRequest after, int limit) {
        Condition condition = SVC_REQUEST.QUEUE_ID.eq(queueId)
                .and(SVC_REQUEST.STATUS.in(statuses.stream().map(Enum::name).toList()));
        var query = dsl.selectFrom(SVC_REQUEST).where(condition).orderBy(SVC_REQUEST.DUE_ORDER, SVC_REQUEST.ID);
        if (after == null) {
            return query.limit(limit).fetch(RequestRepository::toRequest);
        }
        return query.seek(stored(after.clocks().dueOrder()), after.id()).limit(limit).fetch(RequestRepository::toRequest);
    }

    /** A customer's requests, newest first: at most {@code limit}. */
    public List<ServiceRequest> ofCustomer(long customerId, int limit) {
        return dsl.selectFrom(SVC_REQUEST).where(SVC_REQUEST.CUSTOMER_ID.eq(customerId))
                .orderBy(SVC_REQUEST.OPENED_AT.desc(), SVC_REQUEST.ID.desc()).limit(limit)
                .fetch(RequestRepository::toRequest);
    }

    /** A customer's requests opened before (openedAt, id), newest first: a page of their timeline. */
    public List<ServiceRequest> ofCustomerBefore(long customerId, Instant beforeOpenedAt, long beforeId, int limit) {
        var query = dsl.selectFrom(SVC_REQUEST).where(SVC_REQUEST.CUSTOMER_ID.eq(customerId))
                .orderBy(SVC_REQUEST.OPENED_AT.desc(), SVC_REQUEST.ID.desc());
        var page = beforeOpenedAt == null ? query.limit(limit) : query.seek(stored(beforeOpenedAt), beforeId).limit(limit);
        return page.fetch(RequestRepository::toRequest);
    }

    public List<ServiceRequest> ofCustomerInStatus(long customerId, RequestStatus status) {
        return dsl.selectFrom(SVC_REQUEST).where(SVC_REQUEST.CUSTOMER_ID.eq(customerId), SVC_REQUEST.STATUS.eq(status.name()))
                .orderBy(SVC_REQUEST.ID).limit(100).fetch(RequestRepository::toRequest);
    }

    /** The customer's most recently resolved request, resolved at or after {@code since}. */
    public Optional<ServiceRequest> lastResolvedSince(long customerId, Instant since) {
        return dsl.selectFrom(SVC_REQUEST).where(SVC_REQUEST.CUSTOMER_ID.eq(customerId),
                        SVC_REQUEST.STATUS.eq(RequestStatus.RESOLVED.name()), SVC_REQUEST.RESOLVED_AT.ge(stored(since)))
                .orderBy(SVC_REQUEST.RESOLVED_AT.desc()).limit(1).fetchOptional().map(RequestRepository::toRequest);
    }

    /**
     * A customer's open requests opened from {@code from} to {@code to}, other than {@code excludeId}, newest first:
     * at most {@code limit} (the candidates for duplicates; the customer index bounds the read).
     */
    public List<ServiceRequest> openOfCustomerBetween(long customerId, long excludeId, Instant from, Instant to, int limit) {
        return dsl.selectFrom(SVC_REQUEST).where(SVC_REQUEST.CUSTOMER_ID.eq(customerId),
                        SVC_REQUEST.STATUS.in(RequestStatus.OPEN.stream().map(Enum::name).toList()),
                        SVC_REQUEST.OPENED_AT.between(stored(from), stored(to)), SVC_REQUEST.ID.ne(excludeId))
                .orderBy(SVC_REQUEST.OPENED_AT.desc(), SVC_REQUEST.ID.desc()).limit(limit)
                .fetch(RequestRepository::toRequest);
    }

    public int countOpenOfCustomer(long customerId) {
        return dsl.fetchCount(SVC_REQUEST, SVC_REQUEST.CUSTOMER_ID.eq(customerId),
                SVC_REQUEST.STATUS.in(RequestStatus.OPEN.stream().map(Enum::name).toList()));
    }

    /** A request due for the SLA scan, with the scan time it is ordered by. */
    public record ScanDue(long requestId, Instant scanAt) {
    }

    /** Requests whose scan time has come, in scan order after (afterScanAt, afterId): one keyset batch. */
    public List<ScanDue> dueForScan(Instant now, Instant afterScanAt, long afterId, int limit) {
        var query = dsl.select(SVC_REQUEST.ID, SVC_REQUEST.SCAN_AT).from(SVC_REQUEST).where(SVC_REQUEST.SCAN_AT.le(stored(now)))
                .orderBy(SVC_REQUEST.SCAN_AT, SVC_REQUEST.ID);
        var page = afterScanAt == null ? query.limit(limit) : query.seek(stored(afterScanAt), afterId).limit(limit);
        return page.fetch(row -> new ScanDue(row.value1(), row.value2()));
    }

    /** Open requests of a queue per status, with how many of them are breached and how many others have no running clock. */
    public QueueCounts counts(long queueId) {
        var breached = DSL.sum(DSL.when(SVC_REQUEST.RESP_BREACHED_AT.isNotNull().or(SVC_REQUEST.RES_BREACHED_AT.isNotNull()), 1).otherwise(0));
        var paused = DSL.sum(DSL.when(SVC_REQUEST.DUE_ORDER.eq(stored(RequestClocks.NOT_DUE))
                .and(SVC_REQUEST.RESP_BREACHED_AT.isNull()).and(SVC_REQUEST.RES_BREACHED_AT.isNull()), 1).otherwise(0));
        QueueCounts counts = QueueCounts.empty();
        for (var row : dsl.select(SVC_REQUEST.STATUS, DSL.count(), breached, paused).from(SVC_REQUEST)
                .where(SVC_REQUEST.QUEUE_ID.eq(queueId), SVC_REQUEST.STATUS.in(RequestStatus.OPEN.stream().map(Enum::name).toList()))
                .groupBy(SVC_REQUEST.STATUS).fetch()) {
            counts = counts.plus(RequestStatus.valueOf(row.value1()), row.value2(),
                    row.value3() == null ? 0 : row.value3().intValue(), row.value4() == null ? 0 : row.value4().intValue());
        }
        return counts;
    }

    private static void write(SvcRequestRecord row, ServiceRequest request, Duration warning) {
        row.setQueueId(request.queueId());
        row.setAssigneeId(request.assigneeId());
        row.setSubject(request.subject());
        row.setDescription(request.description());
        row.setCategory(request.category());
        row.setPriority(request.priority().name());
        row.setProductId(request.productId());
        row.setStatus(request.status().name());
        row.setAgreementId(request.agreementId());
        row.setMergedIntoId(request.mergedIntoId());
        row.setFirstResponseAt(stored(request.firstResponseAt()));
        row.setResolvedAt(stored(request.resolvedAt()));
        row.setClosedAt(stored(request.closedAt()));
        row.setReopenCount(request.reopenCount());
        RequestClocks clocks = request.clocks();
        ClockState response = clocks.response();
        row.setRespTargetS(response.target().toSeconds());
        row.setRespSpentS(response.spent().toSeconds());
        row.setRespRunningSince(stored(response.runningSince()));
        row.setRespDue(stored(response.due()));
        row.setRespStoppedAt(stored(response.stoppedAt()));
        row.setRespBreachedAt(stored(response.breachedAt()));
        row.setRespWarnedAt(stored(clocks.responseWarnedAt()));
        ClockState resolution = clocks.resolution();
        row.setResTargetS(resolution.target().toSeconds());
        row.setResSpentS(resolution.spent().toSeconds());
        row.setResRunningSince(stored(resolution.runningSince()));
        row.setResDue(stored(resolution.due()));
        row.setResStoppedAt(stored(resolution.stoppedAt()));
        row.setResBreachedAt(stored(resolution.breachedAt()));
        row.setResWarnedAt(stored(clocks.resolutionWarnedAt()));
        row.setDueOrder(stored(clocks.dueOrder()));
        row.setScanAt(request.status().isOpen() ? stored(clocks.scanAt(warning)) : null);
        row.setMinutesLogged(request.minutesLogged());
        row.setUpdatedAt(stored(request.updatedAt()));
    }

    private static ServiceRequest toRequest(SvcRequestRecord row) {
        ClockState response = new ClockState(Duration.ofSeconds(row.getRespTargetS()), Duration.ofSeconds(row.getRespSpentS()),
                row.getRespRunningSince(), row.getRespDue(), row.getRespStoppedAt(),
                row.getRespBreachedAt());
        ClockState resolution = new ClockState(Duration.ofSeconds(row.getResTargetS()), Duration.ofSeconds(row.getResSpentS()),
                row.getResRunningSince(), row.getResDue(), row.getResStoppedAt(),
                row.getResBreachedAt());
        RequestClocks clocks = new RequestClocks(response, row.getRespWarnedAt(), resolution,
                row.getResWarnedAt());
        return new ServiceRequest(row.getId(), row.getCustomerId(), row.getContactId(), row.getQueueId(),
                row.getAssigneeId(), row.getSubject(), row.getDescription(), Channel.valueOf(row.getChannel()),
                row.getCategory(), Priority.valueOf(row.getPriority()), row.getProductId(),
                RequestStatus.valueOf(row.getStatus()), row.getAgreementId(), row.getOriginInteractionId(),
                row.getMergedIntoId(), row.getOpenedAt(), row.getFirstResponseAt(),
                row.getResolvedAt(), row.getClosedAt(), row.getReopenCount(), clocks,
                row.getMinutesLogged(), row.getUpdatedAt(), row.getVersion());
    }
}
