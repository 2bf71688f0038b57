package dev.rapport.plugin.service.rma;

import dev.rapport.plugin.service.ServicePermissions;
import dev.rapport.plugin.service.request.HistoryKind;
import dev.rapport.plugin.service.request.HistoryRepository;
import dev.rapport.plugin.service.request.RequestRepository;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.request.ServiceSettings;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.NewTransaction;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Returns of a service request: requested by an agent, decided by someone holding {@link
 * ServicePermissions#APPROVE_RMA} against the warranty or an agreement ({@link RmaCoverage}; without coverage only
 * as goodwill with a reason; a refusal always gives one), shipped back, received and inspected; a refund is recorded
 * as the customer's transaction through the SDK in the same transaction. Every step is written to the request's
 * history (the plugin's audit trail) and checks the version the user saw.
 */
public final class RmaService {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_TRACKING = 60;

    private final PluginContext context;
    private final RmaCoverage coverage;
    private final ServiceSettings settings;
    private final Clock clock;

    public RmaService(PluginContext context, RmaCoverage coverage, ServiceSettings settings, Clock clock) {
        this.context = context;
        this.coverage = coverage;
        this.settings = settings;
        this.clock = clock;
    }

    public Rma get(long id) {
        return new RmaRepository(context.dsl()).get(id);
    }

    public List<Rma> ofRequest(long requestId) {
        return new RmaRepository(context.dsl()).ofRequest(requestId);
    }

    public List<Rma> ofCustomerBefore(long customerId, Instant at, long id, int limit) {
        return new RmaRepository(context.dsl()).ofCustomerBefore(customerId, at, id, Math.min(limit, 200));
    }

    public List<Rma> page(RmaStatus status, Rma after, int limit) {
        return new RmaRepository(context.dsl()).page(status, after, Math.min(limit, 200));
    }

    /** What would cover the return today, if anything (shown to whoever decides). */
    public Optional<Coverage> coverageOf(Rma rma) {
        ServiceRequest request = new RequestRepository(context.dsl()).get(rma.requestId());
        return coverage.of(rma.customerId(), rma.productId(), request.category(), today(), clock.getZone(),
                settings.warrantyMonths());
    }

    /** Asks for the return of {@code productId} (null: not a catalogue product) for the request's customer. */
    public long request(long requestId, Long productId, String reason) {
        Long actor = requireAgent("request returns");
        String why = requireText("reason", reason, MAX_TEXT);
        if (productId != null && context.customers().products().stream().noneMatch(p -> p.id() == productId)) {
            throw new ValidationException(List.of(FieldError.of("product", "service.validation.noProduct")));
        }
        return context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ServiceRequest request = new RequestRepository(tx).get(requestId);
            Instant now = clock.instant();
            long id = new RmaRepository(tx).insert(new Rma(0, requestId, request.customerId(), productId, why,
                    RmaStatus.REQUESTED, null, null, null, null, null, null, null, null, null, null, now, null, null,
                    now, 0));
            audit(tx, requestId, id, null, RmaStatus.REQUESTED, why, actor, now);
            return id;
        });
    }

    /** Approves against the coverage found; without coverage, {@code reason} makes it goodwill (and is required). */
    public void approve(long id, int version, String reason) {
        Long actor = requireApprover();
        change(id, version, Set.of(RmaStatus.REQUESTED), (tx, rma, now) -> {
            Optional<Coverage> found = coverageOf(rma);
            String why = reason == null || reason.isBlank() ? null : requireText("reason", reason, MAX_TEXT);
            if (found.isEmpty() && why == null) {
                throw new ValidationException(List.of(FieldError.of("reason", "service.rma.validation.goodwill")));
            }
            Coverage covered = found.orElse(Coverage.GOODWILL);
            audit(tx, rma.requestId(), id, rma.status(), RmaStatus.APPROVED, covered.name() + (why == null ? "" : ": " + why),
                    actor, now);
            return rma.decided(RmaStatus.APPROVED, covered, why, now);
        });
    }

    public void refuse(long id, int version, String reason) {
        Long actor = requireApprover();
        String why = requireText("reason", reason, MAX_TEXT);
        change(id, version, Set.of(RmaStatus.REQUESTED), (tx, rma, now) -> {
            audit(tx, rma.requestId(), id, rma.status(), RmaStatus.REFUSED, why, actor, now);
            return rma.decided(RmaStatus.REFUSED, null, why, now);
        });
    }

    /** The customer sent the product back: the carrier's tracking number and the day it left. */
    public void ship(long id, int version, String trackingNumber, LocalDate shippedOn) {
        Long actor = requireAgent("track returns");
        String tracking = requireText("tracking", trackingNumber, MAX_TRACKING);
        change(id, version, RmaStatus.SHIPPABLE, (tx, rma, now) -> {
            requireDay("shippedOn", shippedOn, LocalDate.ofInstant(rma.requestedAt(), clock.getZone()));
            audit(tx, rma.requestId(), id, rma.status(), RmaStatus.SHIPPED, tracking + " · " + shippedOn, actor, now);
            return rma.shipped(tracking, shippedOn);
        });
    }

    public void receive(long id, int version, LocalDate receivedOn) {
        Long actor = requireAgent("receive returns");
        change(id, version, RmaStatus.RECEIVABLE, (tx, rma, now) -> {
            requireDay("receivedOn", receivedOn, rma.shippedOn() != null ? rma.shippedOn()
                    : LocalDate.ofInstant(rma.requestedAt(), clock.getZone()));
            audit(tx, rma.requestId(), id, rma.status(), RmaStatus.RECEIVED, String.valueOf(receivedOn), actor, now);
            return rma.received(receivedOn);
        });
    }

    /**
     * The inspection's outcome completes the return; a refund of {@code refundAmount} (in the product's currency,
     * else the customer's) is recorded as the customer's transaction in the same transaction.
     */
    public void inspect(long id, int version, InspectionOutcome outcome, String notes, BigDecimal refundAmount) {
        Long actor = requireAgent("inspect returns");
        if (outcome == null) {
            throw new ValidationException(List.of(FieldError.of("outcome", "service.validation.required")));
        }
        String clean = notes == null || notes.isBlank() ? null : requireText("notes", notes, MAX_TEXT);
        if (outcome == InspectionOutcome.REFUND && (refundAmount == null || refundAmount.signum() <= 0)) {
            throw new ValidationException(List.of(FieldError.of("refund", "service.rma.validation.refund")));
        }
        change(id, version, Set.of(RmaStatus.RECEIVED), (tx, rma, now) -> {
            BigDecimal amount = outcome == InspectionOutcome.REFUND ? refundAmount : null;
            String currency = amount == null ? null : refundCurrency(rma);
            Long transactionId = amount == null ? null : context.customerEditor().recordTransaction(tx,
                    new NewTransaction(rma.customerId(), TransactionKind.REFUND, amount, currency, rma.productId(), now,
                            "rma-" + rma.id())).id();
            audit(tx, rma.requestId(), id, rma.status(), RmaStatus.COMPLETED, outcome.name()
                    + (amount == null ? "" : " " + amount.toPlainString() + " " + currency)
                    + (clean == null ? "" : ": " + clean), actor, now);
            return rma.completed(outcome, clean, amount, currency, transactionId, now);
        });
    }

    /** The currency a refund of the return is in: its product's, else the customer's. */
    public String refundCurrency(Rma rma) {
        return context.customers().products().stream().filter(p -> rma.productId() != null && p.id() == rma.productId())
                .map(ProductInfo::currency).findFirst()
                .or(() -> context.customers().find(rma.customerId()).map(CustomerInfo::currency))
                .orElse("EUR");
    }

    interface Step {
        Rma apply(DSLContext tx, Rma rma, Instant now);
    }

    private void change(long id, int version, Set<RmaStatus> allowed, Step step) {
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            RmaRepository repository = new RmaRepository(tx);
            Rma current = repository.lock(id);
            if (current.version() != version) {
                throw new ConcurrentEditException("Return", id, current.updatedAt(), "someone else");
            }
            if (!allowed.contains(current.status())) {
                throw new ValidationException(List.of(FieldError.of("status", "service.rma.validation.status",
                        current.status().name())));
            }
            Instant now = clock.instant();
            repository.update(step.apply(tx, current, now).touched(now));
        });
    }

    private void audit(DSLContext tx, long requestId, long rmaId, RmaStatus from, RmaStatus to, String detail,
                       Long actor, Instant now) {
        new HistoryRepository(tx).append(requestId, HistoryKind.RMA, from, to, "#" + rmaId + " " + detail, null, actor,
                now);
    }

    private void requireDay(String field, LocalDate day, LocalDate notBefore) {
        if (day == null) {
            throw new ValidationException(List.of(FieldError.of(field, "service.validation.required")));
        }
        if (day.isAfter(today())) {
            throw new ValidationException(List.of(FieldError.of(field, "service.rma.validation.future")));
        }
        if (day.isBefore(notBefore)) {
            throw new ValidationException(List.of(FieldError.of(field, "service.rma.validation.before", notBefore)));
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static String requireText(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(List.of(FieldError.of(field, "service.validation.required")));
        }
        if (text.strip().length() > max) {
            throw new ValidationException(List.of(FieldError.of(field, "service.validation.tooLong", max)));
        }
        return text.strip();
    }

    private Long requireAgent(String action) {
        context.security().requireRole(Role.AGENT, action);
        return context.security().currentUser().map(UserInfo::id).orElse(null);
    }

    private Long requireApprover() {
        context.security().requirePermission(ServicePermissions.APPROVE_RMA, "decide on returns");
        return context.security().currentUser().map(UserInfo::id).orElse(null);
    }
}
