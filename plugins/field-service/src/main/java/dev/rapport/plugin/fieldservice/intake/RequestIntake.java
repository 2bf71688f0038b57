package dev.rapport.plugin.fieldservice.intake;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_MAINTENANCE_PLAN;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_REQUEST_INTAKE;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_WORK_ORDER;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.workorder.Origin;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderDraft;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderService;
import dev.rapport.sdk.PluginContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Record4;

/**
 * Service requests that need a visit become work orders. A request opened in one of the categories the settings name
 * is taken in once (a repeated delivery finds its row); when field service knows a site of the customer (their
 * latest work order, else a maintenance plan) the work order is made at once, unscheduled, for the planner; otherwise
 * the request waits on the work orders page for a dispatcher to enter the site. A request resolved before it got a
 * work order leaves that list.
 */
public final class RequestIntake {

    /** How long after the request the visit may take place, for the order's window. */
    private static final Duration WINDOW = Duration.ofDays(7);
    private static final int DEFAULT_MINUTES = 60;

    private final PluginContext context;
    private final FieldSettings settings;
    private final WorkOrderService workOrders;

    public RequestIntake(PluginContext context, FieldSettings settings, WorkOrderService workOrders) {
        this.context = context;
        this.settings = settings;
        this.workOrders = workOrders;
    }

    /** A request was opened; returns the work order made for it, if one was. */
    public Optional<Long> opened(long requestId, long customerId, String category, String priority, Instant at) {
        if (!needsVisit(category)) {
            return Optional.empty();
        }
        context.dsl().insertInto(FSD_REQUEST_INTAKE).set(FSD_REQUEST_INTAKE.REQUEST_ID, requestId)
                .set(FSD_REQUEST_INTAKE.CUSTOMER_ID, customerId).set(FSD_REQUEST_INTAKE.CATEGORY, category)
                .set(FSD_REQUEST_INTAKE.PRIORITY, priorityOf(priority).name()).set(FSD_REQUEST_INTAKE.OPENED_AT, at)
                .onDuplicateKeyIgnore().execute();
        WaitingRequest request = find(requestId).orElseThrow();
        if (request.workOrderId() != null || request.resolved()) {
            return Optional.ofNullable(request.workOrderId());
        }
        return knownSite(customerId).map(site -> makeWorkOrder(request, site.address(), site.lat(), site.lon(),
                site.territory()));
    }

    /** A request was resolved: if it is still waiting for a site, it leaves the list. */
    public void resolved(long requestId, Instant at) {
        context.dsl().update(FSD_REQUEST_INTAKE).set(FSD_REQUEST_INTAKE.RESOLVED_AT, at)
                .where(FSD_REQUEST_INTAKE.REQUEST_ID.eq(requestId)).and(FSD_REQUEST_INTAKE.RESOLVED_AT.isNull())
                .execute();
    }

    /** The work order of a waiting request, with the site a dispatcher entered. */
    public long complete(long requestId, String address, double lat, double lon) {
        WaitingRequest request = find(requestId).orElseThrow();
        return request.workOrderId() != null ? request.workOrderId() : makeWorkOrder(request, address, lat, lon, null);
    }

    /** Requests waiting for a site, oldest first, after {@code afterId} (keyset). */
    public List<WaitingRequest> waiting(long afterId, int limit) {
        return context.dsl().selectFrom(FSD_REQUEST_INTAKE)
                .where(FSD_REQUEST_INTAKE.WORK_ORDER_ID.isNull(), FSD_REQUEST_INTAKE.RESOLVED_AT.isNull(),
                        FSD_REQUEST_INTAKE.ID.gt(afterId))
                .orderBy(FSD_REQUEST_INTAKE.ID).limit(limit).fetch(WaitingRequest::of);
    }

    public Optional<WaitingRequest> find(long requestId) {
        return context.dsl().selectFrom(FSD_REQUEST_INTAKE).where(FSD_REQUEST_INTAKE.REQUEST_ID.eq(requestId))
                .fetchOptional(WaitingRequest::of);
    }

    private boolean needsVisit(String category) {
        if (category == null || category.isBlank()) {
            return false;
        }
        Set<String> wanted = Set.copyOf(Arrays.stream(settings.visitCategories().split(","))
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).filter(name -> !name.isEmpty()).toList());
        return wanted.contains(category.strip().toLowerCase(Locale.ROOT));
    }

    private long makeWorkOrder(WaitingRequest request, String address, double lat, double lon, String territory) {
        String ref = Long.toString(request.requestId());
        long id = workOrders.idFromOrigin(Origin.SERVICE_REQUEST, ref).orElseGet(() -> workOrders.create(new WorkOrderDraft(request.customerId(),
                        context.i18n().get("fieldservice.intake.title.order", Long.toString(request.requestId()),
                                request.category() == null ? "" : request.category()),
                        null, address, lat, lon, territory, null, Set.of(), DEFAULT_MINUTES, request.openedAt(),
                        request.openedAt().plus(WINDOW), request.priority(), Map.of(), Origin.SERVICE_REQUEST, ref)));
        context.dsl().update(FSD_REQUEST_INTAKE).set(FSD_REQUEST_INTAKE.WORK_ORDER_ID, id)
                .where(FSD_REQUEST_INTAKE.REQUEST_ID.eq(request.requestId())).execute();
        return id;
    }

    private record Site(String address, double lat, double lon, String territory) {
    }

    /** The customer's latest site: of their newest work order, else of a maintenance plan. */
    private Optional<Site> knownSite(long customerId) {
        Optional<Site> visited = context.dsl().select(FSD_WORK_ORDER.SITE_ADDRESS, FSD_WORK_ORDER.SITE_LAT,
                        FSD_WORK_ORDER.SITE_LON, FSD_WORK_ORDER.TERRITORY).from(FSD_WORK_ORDER)
                .where(FSD_WORK_ORDER.CUSTOMER_ID.eq(customerId)).orderBy(FSD_WORK_ORDER.ID.desc()).limit(1)
                .fetchOptional(RequestIntake::site);
        return visited.isPresent() ? visited : context.dsl().select(FSD_MAINTENANCE_PLAN.SITE_ADDRESS,
                        FSD_MAINTENANCE_PLAN.SITE_LAT, FSD_MAINTENANCE_PLAN.SITE_LON, FSD_MAINTENANCE_PLAN.TERRITORY)
                .from(FSD_MAINTENANCE_PLAN).where(FSD_MAINTENANCE_PLAN.CUSTOMER_ID.eq(customerId))
                .orderBy(FSD_MAINTENANCE_PLAN.ID.desc()).limit(1).fetchOptional(RequestIntake::site);
    }

    private static Site site(Record4<String, Double, Double, String> row) {
        return new Site(row.value1(), row.value2(), row.value3(), row.value4());
    }

    private static Priority priorityOf(String name) {
        return Arrays.stream(Priority.values()).filter(priority -> priority.name().equalsIgnoreCase(name)).findFirst()
                .orElse(Priority.NORMAL);
    }
}
