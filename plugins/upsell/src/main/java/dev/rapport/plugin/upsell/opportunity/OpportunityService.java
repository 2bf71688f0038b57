package dev.rapport.plugin.upsell.opportunity;

import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;
import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY_HISTORY;
import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY_PRODUCT;

import dev.rapport.plugin.upsell.UpsellPermissions;
import dev.rapport.plugin.upsell.event.OpportunityLost;
import dev.rapport.plugin.upsell.support.Currencies;
import dev.rapport.plugin.upsell.event.OpportunityWon;
import dev.rapport.plugin.upsell.db.tables.records.UpsOpportunityRecord;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.NewTransaction;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.Money;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Opportunities' life: opened (by hand, a rule or an accepted offer), moved between stages, won (recording the sale
 * as the customer's transaction) or lost with a reason. Every change is audited in the opportunity's history and
 * checked against the version the user saw, so of two concurrent edits only the first wins.
 */
public final class OpportunityService {

    static final String ENTITY = "Opportunity";
    private static final int MAX_REASON = 300;

    private final PluginContext context;
    private final PipelineService pipelines;

    public OpportunityService(PluginContext context, PipelineService pipelines) {
        this.context = context;
        this.pipelines = pipelines;
    }

    public Optional<Opportunity> find(long opportunityId) {
        return context.dsl().selectFrom(UPS_OPPORTUNITY).where(UPS_OPPORTUNITY.ID.eq(opportunityId))
                .fetchOptional(OpportunityRows::toOpportunity);
    }

    public Opportunity require(long opportunityId) {
        return find(opportunityId).orElseThrow(() -> new NotFoundException(ENTITY, opportunityId));
    }

    /** Opens an opportunity as the acting user (an agent or above). */
    public Opportunity open(OpportunityDraft draft) {
        context.security().requireRole(Role.AGENT, "open opportunities");
        long id = context.dsl().transactionResult(configuration -> open(configuration.dsl(), draft, Origin.MANUAL, null));
        return require(id);
    }

    /** Opens an opportunity in the caller's transaction (a rule's firing or an accepted offer). */
    public long open(DSLContext tx, OpportunityDraft draft, Origin origin, Long firingId) {
        ValidationException.throwIfAny(validate(draft));
        Pipeline pipeline = pipelines.require(draft.pipelineId());
        Stage first = pipeline.firstStage();
        Instant now = context.clock().instant();
        long owner = draft.ownerId() != null ? draft.ownerId()
                : context.security().currentUser().map(UserInfo::id).orElseThrow(() ->
                        new ValidationException(List.of(FieldError.of("owner", "upsell.error.required"))));
        UpsOpportunityRecord record = tx.newRecord(UPS_OPPORTUNITY);
        record.setPipelineId(pipeline.id());
        record.setStageId(first.id());
        record.setCustomerId(draft.customerId());
        record.setTitle(draft.title().strip());
        record.setAmount(draft.amount());
        record.setCurrency(draft.currency());
        record.setAmountRep(toReporting(draft.amount(), draft.currency()));
        record.setProbability(first.probability());
        record.setExpectedClose(draft.expectedClose());
        record.setOwnerId(owner);
        record.setStatus(OpportunityStatus.OPEN.name());
        record.setOrigin(origin.name());
        record.setFiringId(firingId);
        record.setProductId(draft.productId());
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.store();
        if (draft.productId() != null) {
            tx.insertInto(UPS_OPPORTUNITY_PRODUCT).set(UPS_OPPORTUNITY_PRODUCT.OPPORTUNITY_ID, record.getId())
                    .set(UPS_OPPORTUNITY_PRODUCT.PRODUCT_ID, draft.productId()).execute();
        }
        audit(tx, record.getId(), "CREATED", null, first.name());
        return record.getId();
    }

    /** Moves an open opportunity to another stage of its pipeline; it takes that stage's probability. */
    public Opportunity moveToStage(long opportunityId, int seenVersion, long stageId) {
        context.security().requireRole(Role.AGENT, "move opportunities");
        Stage target = pipelines.stage(stageId);
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Opportunity current = lockOpen(tx, opportunityId, seenVersion);
            if (current.pipelineId() != target.pipelineId()) {
                throw new ValidationException(List.of(FieldError.of("stage", "upsell.opportunity.error.otherPipeline")));
            }
            if (current.stageId() == stageId) {
                return;
            }
            tx.update(UPS_OPPORTUNITY).set(UPS_OPPORTUNITY.STAGE_ID, stageId)
                    .set(UPS_OPPORTUNITY.PROBABILITY, target.probability())
                    .set(UPS_OPPORTUNITY.UPDATED_AT, context.clock().instant())
                    .set(UPS_OPPORTUNITY.VERSION, UPS_OPPORTUNITY.VERSION.plus(1))
                    .where(UPS_OPPORTUNITY.ID.eq(opportunityId)).execute();
            audit(tx, opportunityId, "STAGE", pipelines.stage(current.stageId()).name(), target.name());
        });
        return require(opportunityId);
    }

    /** Wins the opportunity: records the sale as the customer's purchase (with the kernel's event) in one commit. */
    public Opportunity win(long opportunityId, int seenVersion, String reason) {
        context.security().requirePermission(UpsellPermissions.CLOSE_OPPORTUNITY, "win opportunities");
        String cleaned = checkedReason(reason, false);
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Opportunity current = lockOpen(tx, opportunityId, seenVersion);
            Instant now = context.clock().instant();
            TransactionInfo sale = context.customerEditor().recordTransaction(tx, new NewTransaction(current.customerId(),
                    TransactionKind.PURCHASE, current.amount(), current.currency(), current.productId(), now,
                    "opportunity-" + opportunityId));
            close(tx, current, OpportunityStatus.WON, cleaned, now);
            tx.update(UPS_OPPORTUNITY).set(UPS_OPPORTUNITY.TRANSACTION_ID, sale.id())
                    .set(UPS_OPPORTUNITY.PROBABILITY, 100).where(UPS_OPPORTUNITY.ID.eq(opportunityId)).execute();
            context.events().publish(tx, new OpportunityWon(current.customerId(), opportunityId, current.amount(),
                    current.currency(), current.amountRep(), sale.id(), current.firingId()));
        });
        return require(opportunityId);
    }

    /** Loses the opportunity; the reason is required. */
    public Opportunity lose(long opportunityId, int seenVersion, String reason) {
        context.security().requirePermission(UpsellPermissions.CLOSE_OPPORTUNITY, "lose opportunities");
        String cleaned = checkedReason(reason, true);
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Opportunity current = lockOpen(tx, opportunityId, seenVersion);
            close(tx, current, OpportunityStatus.LOST, cleaned, context.clock().instant());
            tx.update(UPS_OPPORTUNITY).set(UPS_OPPORTUNITY.PROBABILITY, 0)
                    .where(UPS_OPPORTUNITY.ID.eq(opportunityId)).execute();
            context.events().publish(tx, new OpportunityLost(current.customerId(), opportunityId, cleaned,
                    current.firingId()));
        });
        return require(opportunityId);
    }

    public List<HistoryEntry> history(long opportunityId) {
        return context.dsl().selectFrom(UPS_OPPORTUNITY_HISTORY)
                .where(UPS_OPPORTUNITY_HISTORY.OPPORTUNITY_ID.eq(opportunityId))
                .orderBy(UPS_OPPORTUNITY_HISTORY.AT, UPS_OPPORTUNITY_HISTORY.ID)
                .fetch(r -> new HistoryEntry(r.getOpportunityId(), r.getAt(), r.getActor(), r.getKind(),
                        r.getFromValue(), r.getToValue()));
    }

    private void close(DSLContext tx, Opportunity current, OpportunityStatus status, String reason, Instant now) {
        tx.update(UPS_OPPORTUNITY).set(UPS_OPPORTUNITY.STATUS, status.name()).set(UPS_OPPORTUNITY.REASON, reason)
                .set(UPS_OPPORTUNITY.CLOSED_AT, now).set(UPS_OPPORTUNITY.UPDATED_AT, now)
                .set(UPS_OPPORTUNITY.VERSION, UPS_OPPORTUNITY.VERSION.plus(1))
                .where(UPS_OPPORTUNITY.ID.eq(current.id())).execute();
        audit(tx, current.id(), status.name(), pipelines.stage(current.stageId()).name(), reason);
    }

    /** The opportunity, locked for the transaction, if it is open and still at the version the user saw. */
    private Opportunity lockOpen(DSLContext tx, long opportunityId, int seenVersion) {
        Opportunity current = tx.selectFrom(UPS_OPPORTUNITY).where(UPS_OPPORTUNITY.ID.eq(opportunityId)).forUpdate()
                .fetchOptional(OpportunityRows::toOpportunity)
                .orElseThrow(() -> new NotFoundException(ENTITY, opportunityId));
        if (current.version() != seenVersion) {
            String by = tx.select(UPS_OPPORTUNITY_HISTORY.ACTOR).from(UPS_OPPORTUNITY_HISTORY)
                    .where(UPS_OPPORTUNITY_HISTORY.OPPORTUNITY_ID.eq(opportunityId))
                    .orderBy(UPS_OPPORTUNITY_HISTORY.ID.desc()).limit(1).fetchOptional(UPS_OPPORTUNITY_HISTORY.ACTOR)
                    .orElse("?");
            throw new ConcurrentEditException(ENTITY, opportunityId, current.updatedAt(), by);
        }
        if (current.status() != OpportunityStatus.OPEN) {
            throw new ValidationException(List.of(FieldError.of("status", "upsell.opportunity.error.closed")));
        }
        return current;
    }

    private String checkedReason(String reason, boolean required) {
        String cleaned = reason == null || reason.isBlank() ? null : reason.strip();
        if (required && cleaned == null) {
            throw new ValidationException(List.of(FieldError.of("reason", "upsell.error.required")));
        }
        if (cleaned != null && cleaned.length() > MAX_REASON) {
            throw new ValidationException(List.of(FieldError.of("reason", "upsell.error.tooLong", MAX_REASON)));
        }
        return cleaned;
    }

    private List<FieldError> validate(OpportunityDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.pipelineId() == null || pipelines.find(draft.pipelineId()).isEmpty()) {
            errors.add(FieldError.of("pipeline", "upsell.error.required"));
        }
        if (draft.customerId() == null || context.customers().find(draft.customerId()).isEmpty()) {
            errors.add(FieldError.of("customer", "upsell.error.required"));
        }
        if (draft.title() == null || draft.title().isBlank()) {
            errors.add(FieldError.of("title", "upsell.error.required"));
        } else if (draft.title().strip().length() > 200) {
            errors.add(FieldError.of("title", "upsell.error.tooLong", 200));
        }
        if (draft.amount() == null || draft.amount().signum() <= 0) {
            errors.add(FieldError.of("amount", "upsell.opportunity.error.amount"));
        }
        if (!Currencies.isKnown(draft.currency())) {
            errors.add(FieldError.of("currency", "upsell.error.currency"));
        }
        if (draft.expectedClose() == null) {
            errors.add(FieldError.of("expectedClose", "upsell.error.required"));
        }
        return errors;
    }

    private BigDecimal toReporting(BigDecimal amount, String currency) {
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        Conversion conversion = context.money().toReportingCurrency(new Money(amount, currency), today);
        return conversion instanceof Conversion.Converted converted ? converted.money().amount() : null;
    }

    private void audit(DSLContext tx, long opportunityId, String kind, String from, String to) {
        String actor = context.security().currentUser().map(UserInfo::displayName).orElse("plugin:" + context.pluginId());
        tx.insertInto(UPS_OPPORTUNITY_HISTORY).set(UPS_OPPORTUNITY_HISTORY.OPPORTUNITY_ID, opportunityId)
                .set(UPS_OPPORTUNITY_HISTORY.AT, context.clock().instant()).set(UPS_OPPORTUNITY_HISTORY.ACTOR, actor)
                .set(UPS_OPPORTUNITY_HISTORY.KIND, kind).set(UPS_OPPORTUNITY_HISTORY.FROM_VALUE, from)
                .set(UPS_OPPORTUNITY_HISTORY.TO_VALUE, to).execute();
    }
}
