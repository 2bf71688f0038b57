package dev.rapport.plugin.fieldservice.workorder;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_WORK_ORDER;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_WORK_ORDER_EVENT;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_WORK_ORDER_PART;

import dev.rapport.plugin.fieldservice.db.tables.records.FsdWorkOrderRecord;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Reads and writes work orders, their parts and their history; callers bring the transaction. */
public final class WorkOrderRepository {

    public long insert(DSLContext dsl, WorkOrderDraft draft, Instant now) {
        long id = dsl.insertInto(FSD_WORK_ORDER)
                .set(FSD_WORK_ORDER.CUSTOMER_ID, draft.customerId())
                .set(FSD_WORK_ORDER.TITLE, draft.title().strip())
                .set(FSD_WORK_ORDER.DESCRIPTION, draft.description())
                .set(FSD_WORK_ORDER.ORIGIN, draft.origin().name())
                .set(FSD_WORK_ORDER.ORIGIN_REF, draft.originRef())
                .set(FSD_WORK_ORDER.SITE_ADDRESS, draft.siteAddress().strip())
                .set(FSD_WORK_ORDER.SITE_LAT, draft.siteLat())
                .set(FSD_WORK_ORDER.SITE_LON, draft.siteLon())
                .set(FSD_WORK_ORDER.TERRITORY, draft.territory())
                .set(FSD_WORK_ORDER.PRODUCT_ID, draft.productId())
                .set(FSD_WORK_ORDER.SKILLS, String.join(",", draft.skills()))
                .set(FSD_WORK_ORDER.DURATION_MIN, draft.durationMinutes())
                .set(FSD_WORK_ORDER.WINDOW_START, draft.windowStart())
                .set(FSD_WORK_ORDER.WINDOW_END, draft.windowEnd())
                .set(FSD_WORK_ORDER.PRIORITY, draft.priority().name())
                .set(FSD_WORK_ORDER.STATUS, WorkOrderStatus.UNSCHEDULED.name())
                .set(FSD_WORK_ORDER.CREATED_AT, now)
                .set(FSD_WORK_ORDER.UPDATED_AT, now)
                .returning(FSD_WORK_ORDER.ID).fetchOne().getId();
        draft.parts().forEach((part, quantity) -> dsl.insertInto(FSD_WORK_ORDER_PART)
                .set(FSD_WORK_ORDER_PART.WORK_ORDER_ID, id).set(FSD_WORK_ORDER_PART.PART_ID, part)
                .set(FSD_WORK_ORDER_PART.QUANTITY, quantity).execute());
        return id;
    }

    public WorkOrder get(DSLContext dsl, long id) {
        FsdWorkOrderRecord record = dsl.selectFrom(FSD_WORK_ORDER).where(FSD_WORK_ORDER.ID.eq(id)).fetchOne();
        if (record == null) {
            throw new NotFoundException("Work order", id);
        }
        return map(record);
    }

    /** Locks the row for the rest of the transaction and checks it is still at {@code version}. */
    public WorkOrder lock(DSLContext dsl, long id, int version) {
        FsdWorkOrderRecord record = dsl.selectFrom(FSD_WORK_ORDER).where(FSD_WORK_ORDER.ID.eq(id)).forUpdate().fetchOne();
        if (record == null) {
            throw new NotFoundException("Work order", id);
        }
        if (record.getVersion() != version) {
            throw new ConcurrentEditException("Work order", id, record.getUpdatedAt(), "another user");
        }
        return map(record);
    }

    /** Writes the given columns and moves the version on; the row must be locked by {@link #lock}. */
    public void update(DSLContext dsl, long id, Map<org.jooq.Field<?>, Object> changes, Instant now) {
        dsl.update(FSD_WORK_ORDER).set(changes).set(FSD_WORK_ORDER.UPDATED_AT, now)
                .set(FSD_WORK_ORDER.VERSION, FSD_WORK_ORDER.VERSION.plus(1)).where(FSD_WORK_ORDER.ID.eq(id)).execute();
    }

    public void history(DSLContext dsl, WorkOrder order, String kind, WorkOrderStatus status, String detail,
                        Long actor, Instant now) {
        dsl.insertInto(FSD_WORK_ORDER_EVENT).set(FSD_WORK_ORDER_EVENT.WORK_ORDER_ID, order.id())
                .set(FSD_WORK_ORDER_EVENT.CUSTOMER_ID, order.customerId()).set(FSD_WORK_ORDER_EVENT.KIND, kind)
                .set(FSD_WORK_ORDER_EVENT.STATUS, status.name())
                .set(FSD_WORK_ORDER_EVENT.DETAIL, detail == null ? null : abbreviate(detail, 500))
                .set(FSD_WORK_ORDER_EVENT.ACTOR_USER_ID, actor).set(FSD_WORK_ORDER_EVENT.OCCURRED_AT, now).execute();
    }

    public List<PartLine> parts(DSLContext dsl, long workOrderId) {
        return dsl.selectFrom(FSD_WORK_ORDER_PART).where(FSD_WORK_ORDER_PART.WORK_ORDER_ID.eq(workOrderId))
                .orderBy(FSD_WORK_ORDER_PART.PART_ID).fetch(record -> new PartLine(record.getPartId(),
                        record.getQuantity(), record.getReservedLocationId(), record.getUsed()));
    }

    public Map<Long, List<PartLine>> parts(DSLContext dsl, Collection<Long> workOrderIds) {
        return dsl.selectFrom(FSD_WORK_ORDER_PART).where(FSD_WORK_ORDER_PART.WORK_ORDER_ID.in(workOrderIds))
                .fetch().stream().collect(Collectors.groupingBy(record -> record.getWorkOrderId(),
                        Collectors.mapping(record -> new PartLine(record.getPartId(), record.getQuantity(),
                                record.getReservedLocationId(), record.getUsed()), Collectors.toList())));
    }

    public void setReservation(DSLContext dsl, long workOrderId, long partId, Long locationId) {
        dsl.update(FSD_WORK_ORDER_PART).set(FSD_WORK_ORDER_PART.RESERVED_LOCATION_ID, locationId)
                .where(FSD_WORK_ORDER_PART.WORK_ORDER_ID.eq(workOrderId), FSD_WORK_ORDER_PART.PART_ID.eq(partId))
                .execute();
    }

    public void setUsed(DSLContext dsl, long workOrderId, long partId, int used) {
        dsl.update(FSD_WORK_ORDER_PART).set(FSD_WORK_ORDER_PART.USED, used)
                .where(FSD_WORK_ORDER_PART.WORK_ORDER_ID.eq(workOrderId), FSD_WORK_ORDER_PART.PART_ID.eq(partId))
                .execute();
    }

    /** The orders planned on {@code day} (any status) and the open ones whose window touches it. */
    public List<WorkOrder> ofDay(DSLContext dsl, LocalDate day, Instant dayStart, Instant dayEnd) {
        Condition planned = FSD_WORK_ORDER.PLANNED_DAY.eq(day);
        Condition waiting = FSD_WORK_ORDER.STATUS.eq(WorkOrderStatus.UNSCHEDULED.name())
                .and(FSD_WORK_ORDER.WINDOW_START.lt(dayEnd)).and(FSD_WORK_ORDER.WINDOW_END.gt(dayStart));
        return dsl.selectFrom(FSD_WORK_ORDER).where(planned).unionAll(dsl.selectFrom(FSD_WORK_ORDER).where(waiting)
                        .and(FSD_WORK_ORDER.PLANNED_DAY.isNull().or(FSD_WORK_ORDER.PLANNED_DAY.ne(day))))
                .fetch(WorkOrderRepository::map).stream()
                .sorted(java.util.Comparator.comparing((WorkOrder order) -> order.technicianId() == null ? 0 : 1)
                        .thenComparing(order -> order.routeOrder() == null ? 0 : order.routeOrder())
                        .thenComparing(WorkOrder::id)).toList();
    }

    /** A page of orders newest first, optionally of one status, after {@code afterId} (keyset). */
    public List<WorkOrder> page(DSLContext dsl, WorkOrderStatus status, long afterId, int limit) {
        Condition condition = afterId > 0 ? FSD_WORK_ORDER.ID.lt(afterId) : DSL.noCondition();
        if (status != null) {
            condition = condition.and(FSD_WORK_ORDER.STATUS.eq(status.name()));
        }
        return dsl.selectFrom(FSD_WORK_ORDER).where(condition).orderBy(FSD_WORK_ORDER.ID.desc()).limit(limit)
                .fetch(WorkOrderRepository::map);
    }

    public boolean existsFromOrigin(DSLContext dsl, Origin origin, String ref) {
        return dsl.fetchExists(FSD_WORK_ORDER, FSD_WORK_ORDER.ORIGIN.eq(origin.name()), FSD_WORK_ORDER.ORIGIN_REF.eq(ref));
    }

    public Optional<Long> idFromOrigin(DSLContext dsl, Origin origin, String ref) {
        return dsl.select(FSD_WORK_ORDER.ID).from(FSD_WORK_ORDER).where(FSD_WORK_ORDER.ORIGIN.eq(origin.name()),
                FSD_WORK_ORDER.ORIGIN_REF.eq(ref)).orderBy(FSD_WORK_ORDER.ID).limit(1).fetchOptional(FSD_WORK_ORDER.ID);
    }

    /** Orders whose origin reference starts with {@code refPrefix}, newest first, before {@code beforeId} (keyset). */
    public List<WorkOrder> fromOrigin(DSLContext dsl, Origin origin, String refPrefix, long beforeId, int limit) {
        Condition condition = FSD_WORK_ORDER.ORIGIN.eq(origin.name()).and(FSD_WORK_ORDER.ORIGIN_REF.startsWith(refPrefix));
        if (beforeId > 0) {
            condition = condition.and(FSD_WORK_ORDER.ID.lt(beforeId));
        }
        return dsl.selectFrom(FSD_WORK_ORDER).where(condition).orderBy(FSD_WORK_ORDER.ID.desc()).limit(limit)
                .fetch(WorkOrderRepository::map);
    }

    /** The customer's history entries before a position, newest first (the timeline's page). */
    public List<HistoryEntry> historyOfCustomer(DSLContext dsl, long customerId, Instant before, long beforeId, int limit) {
        Condition condition = FSD_WORK_ORDER_EVENT.CUSTOMER_ID.eq(customerId);
        if (before != null) {
            condition = condition.and(FSD_WORK_ORDER_EVENT.OCCURRED_AT.lt(before)
                    .or(FSD_WORK_ORDER_EVENT.OCCURRED_AT.eq(before).and(FSD_WORK_ORDER_EVENT.ID.lt(beforeId))));
        }
        return dsl.selectFrom(FSD_WORK_ORDER_EVENT).where(condition)
                .orderBy(FSD_WORK_ORDER_EVENT.OCCURRED_AT.desc(), FSD_WORK_ORDER_EVENT.ID.desc()).limit(limit)
                .fetch(record -> new HistoryEntry(record.getId(), record.getWorkOrderId(), record.getCustomerId(),
                        record.getKind(), WorkOrderStatus.valueOf(record.getStatus()), record.getDetail(),
                        record.getActorUserId(), record.getOccurredAt()));
    }

    static WorkOrder map(FsdWorkOrderRecord r) {
        Set<String> skills = r.getSkills().isBlank() ? Set.of() : Arrays.stream(r.getSkills().split(","))
                .map(String::strip).collect(Collectors.toCollection(LinkedHashSet::new));
        return new WorkOrder(r.getId(), r.getCustomerId(), r.getTitle(), r.getDescription(), Origin.valueOf(r.getOrigin()),
                r.getOriginRef(), r.getSiteAddress(), new GeoPoint(r.getSiteLat(), r.getSiteLon()), r.getTerritory(),
                r.getProductId(), skills, r.getDurationMin(), r.getWindowStart(), r.getWindowEnd(),
                Priority.valueOf(r.getPriority()), WorkOrderStatus.valueOf(r.getStatus()), r.getTechnicianId(),
                r.getPlannedDay(), r.getPlannedStart(), r.getRouteOrder(), r.getTravelMin(), r.getPinned(),
                r.getExplanation(), r.getTravelStarted(), r.getArrivedAt(), r.getFinishedAt(), r.getOutcomeReason(),
                r.getNotes(), r.getSignedBy(), r.getSignedAt(), r.getCreatedAt(), r.getVersion());
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
