package dev.rapport.plugin.retention.letgo;

import static dev.rapport.plugin.retention.db.Tables.RET_DECISION;

import dev.rapport.plugin.retention.db.tables.records.RetDecisionRecord;
import dev.rapport.plugin.retention.event.LetGoDecided;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Optional;

/**
 * Managers' decisions on the customers to let go: never an automatic action, only a recorded review. Each decision is
 * a new row that is never changed (the audit trail: who, when, on which figures, why) and a {@link LetGoDecided}
 * event in the same transaction.
 */
public final class Decisions {

    public static final int NOTE_LENGTH = 500;

    private final PluginContext context;
    private final ScoreRepository scores;

    public Decisions(PluginContext context, ScoreRepository scores) {
        this.context = context;
        this.scores = scores;
    }

    /**
     * Records a manager's decision on a customer of the list.
     *
     * @throws ValidationException without a decision, with a too long note, or for a "let go" without a note
     * @throws NotFoundException when the customer has no cost to serve above margin on record
     * @throws dev.rapport.sdk.error.AccessDeniedException for users below manager
     */
    public DecisionRecord decide(long customerId, Decision decision, String note) {
        context.security().requireRole(Role.MANAGER, "decide about letting a customer go");
        String text = note == null ? "" : note.strip();
        if (decision == null) {
            throw new ValidationException(List.of(new FieldError("decision", "retention.validation.required", List.of())));
        }
        if (text.length() > NOTE_LENGTH) {
            throw new ValidationException(List.of(new FieldError("note", "retention.validation.tooLong",
                    List.of(NOTE_LENGTH))));
        }
        if (decision != Decision.KEEP && text.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("note", "retention.validation.reasonRequired", List.of())));
        }
        StoredScore score = scores.find(customerId).filter(found -> found.costYear() != null)
                .orElseThrow(() -> new NotFoundException("retention score with cost to serve", customerId));
        String user = context.security().currentUser().map(u -> u.username()).orElse("plugin:" + context.pluginId());
        return context.dsl().transactionResult(configuration -> {
            var tx = configuration.dsl();
            RetDecisionRecord row = tx.insertInto(RET_DECISION).set(RET_DECISION.CUSTOMER_ID, customerId)
                    .set(RET_DECISION.DECISION, decision.value()).set(RET_DECISION.NOTE, text.isEmpty() ? null : text)
                    .set(RET_DECISION.MARGIN_YEAR, score.marginYear()).set(RET_DECISION.COST_YEAR, score.costYear())
                    .set(RET_DECISION.CURRENCY, score.currency()).set(RET_DECISION.DECIDED_BY, user)
                    .set(RET_DECISION.DECIDED_AT, context.clock().instant()).returning().fetchSingle();
            context.events().publish(tx, new LetGoDecided(customerId, row.getId(), decision.value()));
            return toDecision(row);
        });
    }

    /** The latest decision on the customer, if any. */
    public Optional<DecisionRecord> latest(long customerId) {
        return context.dsl().selectFrom(RET_DECISION).where(RET_DECISION.CUSTOMER_ID.eq(customerId))
                .orderBy(RET_DECISION.ID.desc()).limit(1).fetchOptional(Decisions::toDecision);
    }

    /** Every decision on the customer, newest first (a customer gets a handful). */
    public List<DecisionRecord> history(long customerId) {
        return context.dsl().selectFrom(RET_DECISION).where(RET_DECISION.CUSTOMER_ID.eq(customerId))
                .orderBy(RET_DECISION.ID.desc()).limit(100).fetch(Decisions::toDecision);
    }

    private static DecisionRecord toDecision(RetDecisionRecord row) {
        return new DecisionRecord(row.getId(), row.getCustomerId(), Decision.ofValue(row.getDecision()), row.getNote(),
                row.getMarginYear(), row.getCostYear(), row.getCurrency(), row.getDecidedBy(), row.getDecidedAt());
    }
}
