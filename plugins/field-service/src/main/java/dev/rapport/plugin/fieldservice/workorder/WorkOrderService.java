package dev.rapport.plugin.fieldservice.workorder;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_WORK_ORDER;

import dev.rapport.plugin.fieldservice.event.WorkOrderCompleted;
import dev.rapport.plugin.fieldservice.inventory.InventoryService;
import dev.rapport.plugin.fieldservice.inventory.OutOfStockException;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Work orders through their life: created, planned, dispatched, travelled to, worked on and finished. Each change is
 * one transaction that checks the version the user saw, writes the history (the customer's timeline and the audit)
 * and keeps the parts' reservations in step. Thread-safe.
 */
public final class WorkOrderService {

    private final PluginContext context;
    private final InventoryService inventory;
    private final WorkOrderRepository repository = new WorkOrderRepository();

    public WorkOrderService(PluginContext context, InventoryService inventory) {
        this.context = context;
        this.inventory = inventory;
    }

    public long create(WorkOrderDraft draft) {
        validate(draft);
        return context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Instant now = context.clock().instant();
            long id = repository.insert(tx, draft, now);
            repository.history(tx, repository.get(tx, id), "CREATED", WorkOrderStatus.UNSCHEDULED,
                    draft.origin().name(), actor(), now);
            return id;
        });
    }

    public WorkOrder get(long id) {
        return repository.get(context.dsl(), id);
    }

    public List<PartLine> parts(long id) {
        return repository.parts(context.dsl(), id);
    }

    public Map<Long, List<PartLine>> parts(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : repository.parts(context.dsl(), ids);
    }

    public List<WorkOrder> ofDay(LocalDate day, Instant dayStart, Instant dayEnd) {
        return repository.ofDay(context.dsl(), day, dayStart, dayEnd);
    }

    public List<WorkOrder> page(WorkOrderStatus status, long afterId, int limit) {
        return repository.page(context.dsl(), status, afterId, limit);
    }

    public boolean existsFromOrigin(Origin origin, String ref) {
        return repository.existsFromOrigin(context.dsl(), origin, ref);
    }

    /** Orders whose origin reference starts with {@code refPrefix}, newest first, before {@code beforeId} (keyset). */
    public List<WorkOrder> fromOrigin(Origin origin, String refPrefix, long beforeId, int limit) {
        return repository.fromOrigin(context.dsl(), origin, refPrefix, beforeId, limit);
    }

    /** The work order made from {@code origin}'s reference {@code ref}, if one was. */
    public Optional<Long> idFromOrigin(Origin origin, String ref) {
        return repository.idFromOrigin(context.dsl(), origin, ref);
    }

    public List<HistoryEntry> historyOfCustomer(long customerId, Instant before, long beforeId, int limit) {
        return repository.historyOfCustomer(context.dsl(), customerId, before, beforeId, limit);
    }

    /**
     * Writes one order's place in a day's plan (or takes it out: {@code technicianId} null) with the solver's
     * explanation. Reserves its parts when it becomes scheduled (the van first, then a warehouse) and releases them
     * when it leaves the plan. Orders no longer plannable are left as they are.
     */
    public void savePlan(DSLContext tx, PlanLine line, Instant now) {
        WorkOrder order = repository.get(tx, line.workOrderId());
        if (!order.status().isPlannable()) {
            return;
        }
        WorkOrderStatus status = line.technicianId() == null ? WorkOrderStatus.UNSCHEDULED : WorkOrderStatus.SCHEDULED;
        Map<Field<?>, Object> changes = new HashMap<>();
        changes.put(FSD_WORK_ORDER.STATUS, status.name());
        changes.put(FSD_WORK_ORDER.TECHNICIAN_ID, line.technicianId());
        changes.put(FSD_WORK_ORDER.PLANNED_DAY, line.technicianId() == null ? null : line.day());
        changes.put(FSD_WORK_ORDER.PLANNED_START, line.start());
        changes.put(FSD_WORK_ORDER.ROUTE_ORDER, line.routeOrder());
        changes.put(FSD_WORK_ORDER.TRAVEL_MIN, line.travelMinutes());
        changes.put(FSD_WORK_ORDER.PINNED, line.pinned());
        changes.put(FSD_WORK_ORDER.EXPLANATION, line.explanation() == null ? null
                : WorkOrderRepository.abbreviate(line.explanation(), 500));
        repository.update(tx, order.id(), changes, now);
        boolean moved = !java.util.Objects.equals(order.technicianId(), line.technicianId())
                || !java.util.Objects.equals(order.plannedStart(), line.start());
        if (moved) {
            reservations(tx, order, line.technicianId());
            repository.history(tx, order, status == order.status() ? "REPLANNED" : "STATUS", status,
                    line.explanation(), actor(), now);
        }
    }

    private void reservations(DSLContext tx, WorkOrder order, Long technicianId) {
        for (PartLine part : repository.parts(tx, order.id())) {
            if (part.reservedAt() != null) {
                inventory.release(tx, part.reservedAt(), part.partId(), part.quantity(), order.id());
                repository.setReservation(tx, order.id(), part.partId(), null);
            }
            if (technicianId == null) {
                continue;
            }
            List<Long> candidates = new ArrayList<>();
            inventory.vanOf(technicianId).ifPresent(van -> candidates.add(van.id()));
            inventory.locations().stream().filter(location -> location.technicianId() == null)
                    .forEach(location -> candidates.add(location.id()));
            boolean reserved = false;
            for (long location : candidates) {
                try {
                    tx.transaction(nested -> inventory.reserve(nested.dsl(), location, part.partId(), part.quantity(),
                            order.id()));
                    repository.setReservation(tx, order.id(), part.partId(), location);
                    reserved = true;
                    break;
                } catch (OutOfStockException notThere) {
                    context.logger().debug("Part {} not free at {}", part.partId(), location);
                }
            }
            if (!reserved && !candidates.isEmpty()) {
                inventory.recordStockOut(tx, candidates.getFirst(), part.partId(), part.quantity(), order.id());
            }
        }
    }

    /** Sends the day's scheduled orders to their technicians; returns how many. */
    public int dispatch(LocalDate day) {
        List<Long> ids = context.dsl().select(FSD_WORK_ORDER.ID).from(FSD_WORK_ORDER)
                .where(FSD_WORK_ORDER.PLANNED_DAY.eq(day), FSD_WORK_ORDER.STATUS.eq(WorkOrderStatus.SCHEDULED.name()))
                .fetch(FSD_WORK_ORDER.ID);
        for (long id : ids) {
            WorkOrder order = get(id);
            change(id, order.version(), WorkOrderStatus.DISPATCHED, Map.of(), null);
        }
        return ids.size();
    }

    public void startTravel(long id, int version) {
        change(id, version, WorkOrderStatus.TRAVELLING, Map.of(FSD_WORK_ORDER.TRAVEL_STARTED, context.clock().instant()),
                null);
    }

    public void arrive(long id, int version) {
        change(id, version, WorkOrderStatus.ON_SITE, Map.of(FSD_WORK_ORDER.ARRIVED_AT, context.clock().instant()), null);
    }

    public void cancel(long id, int version, String reason) {
        requireReason(reason);
        WorkOrder order = change(id, version, WorkOrderStatus.CANCELLED, Map.of(FSD_WORK_ORDER.OUTCOME_REASON,
                reason.strip()), reason.strip());
        context.dsl().transaction(configuration -> reservations(configuration.dsl(), order, null));
    }

    /**
     * Finishes the visit: completed ({@code fixed}) or could not complete ({@code reason} required). Takes the parts
     * used out of the stock that held their reservation, logs a field visit on the customer's interactions and
     * publishes {@link WorkOrderCompleted} with the time and parts (cost to serve), all in one transaction.
     */
    public void finish(long id, int version, Completion completion) {
        List<FieldError> errors = new ArrayList<>();
        if (completion.signedBy() == null || completion.signedBy().isBlank()) {
            errors.add(FieldError.of("signedBy", "fieldservice.error.signature"));
        }
        if (!completion.fixed() && (completion.reason() == null || completion.reason().isBlank())) {
            errors.add(FieldError.of("reason", "fieldservice.error.reason"));
        }
        completion.partsUsed().forEach((part, used) -> {
            if (used < 0) {
                errors.add(FieldError.of("parts", "fieldservice.error.positive"));
            }
        });
        ValidationException.throwIfAny(errors);
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Instant now = context.clock().instant();
            WorkOrder order = repository.lock(tx, id, version);
            WorkOrderStatus target = completion.fixed() ? WorkOrderStatus.COMPLETED : WorkOrderStatus.NOT_COMPLETED;
            requireTransition(order, target);
            Map<Long, BigDecimal> costs = inventory.unitCosts();
            BigDecimal partsCost = BigDecimal.ZERO;
            int pieces = 0;
            Long van = inventory.vanOf(order.technicianId()).map(location -> location.id()).orElse(null);
            for (PartLine part : repository.parts(tx, id)) {
                int used = completion.partsUsed().getOrDefault(part.partId(), 0);
                Long location = part.reservedAt() != null ? part.reservedAt() : van;
                if (location != null && (used > 0 || part.reservedAt() != null)) {
                    inventory.consume(tx, location, part.partId(), part.reservedAt() == null ? 0 : part.quantity(),
                            used, id);
                }
                repository.setUsed(tx, id, part.partId(), used);
                pieces += used;
                partsCost = partsCost.add(costs.getOrDefault(part.partId(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(used)));
            }
            Map<Field<?>, Object> changes = new LinkedHashMap<>();
            changes.put(FSD_WORK_ORDER.STATUS, target.name());
            changes.put(FSD_WORK_ORDER.FINISHED_AT, now);
            changes.put(FSD_WORK_ORDER.NOTES, completion.notes());
            changes.put(FSD_WORK_ORDER.OUTCOME_REASON, completion.fixed() ? null : completion.reason().strip());
            changes.put(FSD_WORK_ORDER.SIGNED_BY, completion.signedBy().strip());
            changes.put(FSD_WORK_ORDER.SIGNED_AT, now);
            repository.update(tx, id, changes, now);
            repository.history(tx, order, "STATUS", target, completion.fixed() ? completion.notes()
                    : completion.reason(), actor(), now);
            int travel = minutesBetween(order.travelStarted(), order.arrivedAt());
            int onSite = minutesBetween(order.arrivedAt(), now);
            context.interactions().append(tx, new NewInteraction(order.customerId(), null, Channel.FIELD_VISIT,
                    Direction.OUTBOUND, WorkOrderRepository.abbreviate(order.title(), 200),
                    context.i18n().get("fieldservice.visit.notes", onSite, pieces, completion.signedBy().strip())
                            + (completion.notes() == null || completion.notes().isBlank() ? "" : "\n" + completion.notes()),
                    completion.fixed() ? Outcome.RESOLVED : Outcome.FOLLOW_UP_NEEDED, now));
            String currency = context.money().reportingCurrency();
            context.events().publish(tx, new WorkOrderCompleted(order.customerId(), id, order.technicianId(), travel,
                    onSite, pieces, partsCost, currency, completion.fixed()));
        });
    }

    private WorkOrder change(long id, int version, WorkOrderStatus target, Map<Field<?>, Object> extra, String detail) {
        return context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Instant now = context.clock().instant();
            WorkOrder order = repository.lock(tx, id, version);
            requireTransition(order, target);
            Map<Field<?>, Object> changes = new HashMap<>(extra);
            changes.put(FSD_WORK_ORDER.STATUS, target.name());
            if (target == WorkOrderStatus.CANCELLED) {
                changes.put(FSD_WORK_ORDER.PINNED, false);
            }
            repository.update(tx, id, changes, now);
            repository.history(tx, order, "STATUS", target, detail, actor(), now);
            return order;
        });
    }

    private static void requireTransition(WorkOrder order, WorkOrderStatus target) {
        if (!order.status().next().contains(target)) {
            throw new ValidationException(List.of(FieldError.of("status", "fieldservice.error.transition",
                    order.status().name(), target.name())));
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("reason", "fieldservice.error.reason")));
        }
    }

    private static int minutesBetween(Instant from, Instant to) {
        return from == null || to == null ? 0 : (int) Math.max(0, Duration.between(from, to).toMinutes());
    }

    private Long actor() {
        return context.security().currentUser().map(UserInfo::id).orElse(null);
    }

    private static void validate(WorkOrderDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            errors.add(FieldError.of("title", "fieldservice.error.required"));
        } else if (draft.title().length() > 200) {
            errors.add(FieldError.of("title", "fieldservice.error.tooLong", 200));
        }
        if (draft.siteAddress() == null || draft.siteAddress().isBlank()) {
            errors.add(FieldError.of("siteAddress", "fieldservice.error.required"));
        }
        if (Math.abs(draft.siteLat()) > 90 || Math.abs(draft.siteLon()) > 180) {
            errors.add(FieldError.of("site", "fieldservice.error.coordinates"));
        }
        if (draft.durationMinutes() < 5 || draft.durationMinutes() > 720) {
            errors.add(FieldError.of("duration", "fieldservice.error.duration"));
        }
        if (draft.windowStart() == null || draft.windowEnd() == null
                || !draft.windowEnd().isAfter(draft.windowStart().plusSeconds(draft.durationMinutes() * 60L - 1))) {
            errors.add(FieldError.of("windowEnd", "fieldservice.error.window"));
        }
        if (draft.priority() == null) {
            errors.add(FieldError.of("priority", "fieldservice.error.required"));
        }
        draft.parts().values().stream().filter(quantity -> quantity <= 0).findAny()
                .ifPresent(bad -> errors.add(FieldError.of("parts", "fieldservice.error.positive")));
        ValidationException.throwIfAny(errors);
    }

    /** Finds nothing when the id is unknown. */
    public Optional<WorkOrder> find(long id) {
        try {
            return Optional.of(get(id));
        } catch (dev.rapport.sdk.error.NotFoundException e) {
            return Optional.empty();
        }
    }
}
