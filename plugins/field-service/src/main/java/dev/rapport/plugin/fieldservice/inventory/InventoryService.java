package dev.rapport.plugin.fieldservice.inventory;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_LOCATION;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_PART;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_STOCK;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_STOCK_MOVE;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskPriority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Parts, locations and stock. Every change is one conditional UPDATE that only succeeds while enough is free, so two
 * dispatchers reserving the last part at the same moment cannot both get it: the database serialises the two
 * updates on the row, the second finds nothing free and an {@link OutOfStockException} says so. Every change is also
 * written to the stock moves (the audit trail). Methods taking a {@code DSLContext} join the caller's transaction.
 */
public final class InventoryService {

    /** The department whose queue gets the reorder tasks. */
    public static final String FIELD_DEPARTMENT = "field";

    private final PluginContext context;

    public InventoryService(PluginContext context) {
        this.context = context;
    }

    public long createPart(String sku, String name, BigDecimal unitCost, String currency) {
        if (sku == null || sku.isBlank() || name == null || name.isBlank()) {
            throw new ValidationException(List.of(FieldError.of(sku == null || sku.isBlank() ? "sku" : "name",
                    "fieldservice.error.required")));
        }
        return context.dsl().insertInto(FSD_PART).set(FSD_PART.SKU, sku.strip()).set(FSD_PART.NAME, name.strip())
                .set(FSD_PART.UNIT_COST, unitCost).set(FSD_PART.CURRENCY, currency).returning(FSD_PART.ID)
                .fetchOne().getId();
    }

    public long createLocation(String name, String kind, Long technicianId) {
        return context.dsl().insertInto(FSD_LOCATION).set(FSD_LOCATION.NAME, name).set(FSD_LOCATION.KIND, kind)
                .set(FSD_LOCATION.TECHNICIAN_ID, technicianId).returning(FSD_LOCATION.ID).fetchOne().getId();
    }

    public List<Location> locations() {
        return context.dsl().selectFrom(FSD_LOCATION).orderBy(FSD_LOCATION.KIND.desc(), FSD_LOCATION.NAME)
                .fetch(record -> new Location(record.getId(), record.getName(), record.getKind(), record.getTechnicianId()));
    }

    public Optional<Location> vanOf(long technicianId) {
        return context.dsl().selectFrom(FSD_LOCATION).where(FSD_LOCATION.TECHNICIAN_ID.eq(technicianId)).fetchOptional()
                .map(record -> new Location(record.getId(), record.getName(), record.getKind(), record.getTechnicianId()));
    }

    /** Parts arrive at a location (a delivery); sets the reorder point when given. */
    public void receive(long locationId, long partId, int quantity, Integer reorderPoint) {
        positive(quantity);
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Instant now = context.clock().instant();
            tx.insertInto(FSD_STOCK).set(FSD_STOCK.LOCATION_ID, locationId).set(FSD_STOCK.PART_ID, partId)
                    .set(FSD_STOCK.ON_HAND, quantity).set(FSD_STOCK.REORDER_POINT, reorderPoint == null ? 0 : reorderPoint)
                    .set(FSD_STOCK.UPDATED_AT, now)
                    .onDuplicateKeyUpdate().set(FSD_STOCK.ON_HAND, FSD_STOCK.ON_HAND.plus(quantity))
                    .set(FSD_STOCK.REORDER_POINT, reorderPoint == null ? FSD_STOCK.REORDER_POINT : DSL.val(reorderPoint))
                    .set(FSD_STOCK.UPDATED_AT, now).execute();
            tx.update(FSD_STOCK).setNull(FSD_STOCK.REORDER_TASK).where(key(locationId, partId),
                    FSD_STOCK.ON_HAND.minus(FSD_STOCK.RESERVED).gt(FSD_STOCK.REORDER_POINT)).execute();
            move(tx, partId, null, locationId, quantity, "RECEIPT", null);
        });
    }

    /** Reserves {@code quantity} for a work order; refused with nothing changed when not that many are free. */
    public void reserve(DSLContext tx, long locationId, long partId, int quantity, Long workOrderId) {
        positive(quantity);
        int updated = tx.update(FSD_STOCK).set(FSD_STOCK.RESERVED, FSD_STOCK.RESERVED.plus(quantity))
                .set(FSD_STOCK.UPDATED_AT, context.clock().instant())
                .where(key(locationId, partId), FSD_STOCK.ON_HAND.minus(FSD_STOCK.RESERVED).ge(quantity)).execute();
        if (updated == 0) {
            throw new OutOfStockException(partId, locationId, quantity);
        }
        move(tx, partId, locationId, null, quantity, "RESERVE", workOrderId);
        reorderIfLow(tx, locationId, partId);
    }

    /** Gives a reservation back (the order was unplanned or cancelled). */
    public void release(DSLContext tx, long locationId, long partId, int quantity, Long workOrderId) {
        tx.update(FSD_STOCK).set(FSD_STOCK.RESERVED, FSD_STOCK.RESERVED.minus(quantity))
                .where(key(locationId, partId), FSD_STOCK.RESERVED.ge(quantity)).execute();
        move(tx, partId, null, locationId, quantity, "RELEASE", workOrderId);
    }

    /**
     * Takes {@code used} pieces out of stock for a finished work order that had {@code reserved} reserved there: the
     * reservation ends, and more than reserved is taken from what is free (refused when there is not that much).
     */
    public void consume(DSLContext tx, long locationId, long partId, int reserved, int used, Long workOrderId) {
        int updated = tx.update(FSD_STOCK).set(FSD_STOCK.ON_HAND, FSD_STOCK.ON_HAND.minus(used))
                .set(FSD_STOCK.RESERVED, FSD_STOCK.RESERVED.minus(reserved))
                .set(FSD_STOCK.UPDATED_AT, context.clock().instant())
                .where(key(locationId, partId), FSD_STOCK.RESERVED.ge(reserved),
                        FSD_STOCK.ON_HAND.minus(used).ge(FSD_STOCK.RESERVED.minus(reserved))).execute();
        if (updated == 0) {
            throw new OutOfStockException(partId, locationId, used);
        }
        if (used > 0) {
            move(tx, partId, locationId, null, used, "CONSUME", workOrderId);
        }
        reorderIfLow(tx, locationId, partId);
    }

    /** Moves free stock from one location to another (e.g. the warehouse to a van). */
    public void transfer(long partId, long fromLocationId, long toLocationId, int quantity) {
        positive(quantity);
        if (fromLocationId == toLocationId) {
            throw new ValidationException(List.of(FieldError.of("to", "fieldservice.error.sameLocation")));
        }
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Instant now = context.clock().instant();
            int taken = tx.update(FSD_STOCK).set(FSD_STOCK.ON_HAND, FSD_STOCK.ON_HAND.minus(quantity))
                    .set(FSD_STOCK.UPDATED_AT, now)
                    .where(key(fromLocationId, partId), FSD_STOCK.ON_HAND.minus(FSD_STOCK.RESERVED).ge(quantity)).execute();
            if (taken == 0) {
                throw new OutOfStockException(partId, fromLocationId, quantity);
            }
            tx.insertInto(FSD_STOCK).set(FSD_STOCK.LOCATION_ID, toLocationId).set(FSD_STOCK.PART_ID, partId)
                    .set(FSD_STOCK.ON_HAND, quantity).set(FSD_STOCK.UPDATED_AT, now)
                    .onDuplicateKeyUpdate().set(FSD_STOCK.ON_HAND, FSD_STOCK.ON_HAND.plus(quantity))
                    .set(FSD_STOCK.UPDATED_AT, now).execute();
            move(tx, partId, fromLocationId, toLocationId, quantity, "TRANSFER", null);
            reorderIfLow(tx, fromLocationId, partId);
        });
    }

    /** Records that a reservation was refused for want of stock anywhere (the stock-outs metric). */
    public void recordStockOut(DSLContext tx, long locationId, long partId, int wanted, Long workOrderId) {
        move(tx, partId, locationId, null, wanted, "STOCK_OUT", workOrderId);
    }

    /** Stock levels, of one location or (null) of all, by location and part. */
    public List<StockLevel> levels(Long locationId) {
        Condition condition = locationId == null ? DSL.noCondition() : FSD_STOCK.LOCATION_ID.eq(locationId);
        return context.dsl().select(FSD_STOCK.LOCATION_ID, FSD_LOCATION.NAME, FSD_STOCK.PART_ID, FSD_PART.SKU,
                        FSD_PART.NAME, FSD_STOCK.ON_HAND, FSD_STOCK.RESERVED, FSD_STOCK.REORDER_POINT)
                .from(FSD_STOCK).join(FSD_LOCATION).on(FSD_LOCATION.ID.eq(FSD_STOCK.LOCATION_ID))
                .join(FSD_PART).on(FSD_PART.ID.eq(FSD_STOCK.PART_ID)).where(condition)
                .orderBy(FSD_LOCATION.KIND.desc(), FSD_LOCATION.NAME, FSD_PART.SKU)
                .fetch(record -> new StockLevel(record.value1(), record.value2(), record.value3(), record.value4(),
                        record.value5(), record.value6(), record.value7(), record.value8()));
    }

    /** What is free in each technician's van, by part: the solver's parts constraint. */
    public Map<Long, Map<Long, Integer>> freeInVans() {
        Map<Long, Map<Long, Integer>> vans = new java.util.HashMap<>();
        context.dsl().select(FSD_LOCATION.TECHNICIAN_ID, FSD_STOCK.PART_ID, FSD_STOCK.ON_HAND.minus(FSD_STOCK.RESERVED))
                .from(FSD_STOCK).join(FSD_LOCATION).on(FSD_LOCATION.ID.eq(FSD_STOCK.LOCATION_ID))
                .where(FSD_LOCATION.TECHNICIAN_ID.isNotNull())
                .forEach(record -> vans.computeIfAbsent(record.value1(), id -> new java.util.HashMap<>())
                        .put(record.value2(), record.value3()));
        return vans;
    }

    public Map<Long, String> partNames() {
        return context.dsl().select(FSD_PART.ID, FSD_PART.NAME).from(FSD_PART).fetchMap(FSD_PART.ID, FSD_PART.NAME);
    }

    public Map<Long, BigDecimal> unitCosts() {
        return context.dsl().select(FSD_PART.ID, FSD_PART.UNIT_COST).from(FSD_PART).fetchMap(FSD_PART.ID, FSD_PART.UNIT_COST);
    }

    /** A task for the field department's queue once what is free falls to the reorder point (one per low spell). */
    private void reorderIfLow(DSLContext tx, long locationId, long partId) {
        var low = tx.select(FSD_PART.NAME, FSD_LOCATION.NAME, FSD_STOCK.ON_HAND.minus(FSD_STOCK.RESERVED))
                .from(FSD_STOCK).join(FSD_PART).on(FSD_PART.ID.eq(FSD_STOCK.PART_ID))
                .join(FSD_LOCATION).on(FSD_LOCATION.ID.eq(FSD_STOCK.LOCATION_ID))
                .where(key(locationId, partId), FSD_STOCK.REORDER_TASK.isNull(), FSD_STOCK.REORDER_POINT.gt(0),
                        FSD_STOCK.ON_HAND.minus(FSD_STOCK.RESERVED).le(FSD_STOCK.REORDER_POINT)).fetchOne();
        if (low == null) {
            return;
        }
        context.staff().departmentByCode(FIELD_DEPARTMENT).ifPresent(department -> {
            long task = context.tasks().create(tx, new NewTask(
                    context.i18n().get("fieldservice.reorder.title", low.value1(), low.value2()),
                    context.i18n().get("fieldservice.reorder.description", low.value3()), null,
                    LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC).plusDays(1), TaskPriority.HIGH,
                    null, department.id())).id();
            tx.update(FSD_STOCK).set(FSD_STOCK.REORDER_TASK, task).where(key(locationId, partId)).execute();
        });
    }

    private void move(DSLContext tx, long partId, Long from, Long to, int quantity, String kind, Long workOrderId) {
        tx.insertInto(FSD_STOCK_MOVE).set(FSD_STOCK_MOVE.PART_ID, partId).set(FSD_STOCK_MOVE.FROM_LOCATION_ID, from)
                .set(FSD_STOCK_MOVE.TO_LOCATION_ID, to).set(FSD_STOCK_MOVE.QUANTITY, quantity)
                .set(FSD_STOCK_MOVE.KIND, kind).set(FSD_STOCK_MOVE.WORK_ORDER_ID, workOrderId)
                .set(FSD_STOCK_MOVE.ACTOR_USER_ID, context.security().currentUser().map(UserInfo::id).orElse(null))
                .set(FSD_STOCK_MOVE.OCCURRED_AT, context.clock().instant()).execute();
    }

    private static Condition key(long locationId, long partId) {
        return FSD_STOCK.LOCATION_ID.eq(locationId).and(FSD_STOCK.PART_ID.eq(partId));
    }

    private static void positive(int quantity) {
        if (quantity <= 0) {
            throw new ValidationException(List.of(FieldError.of("quantity", "fieldservice.error.positive")));
        }
    }
}
