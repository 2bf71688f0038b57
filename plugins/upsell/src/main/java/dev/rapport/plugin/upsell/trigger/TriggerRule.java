package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import java.math.BigDecimal;

/**
 * When the event {@code on} names happens and matches every condition given (null: any), act. The transaction's
 * conditions (kind, {@code minAmount} in {@code minCurrency}, converted at the transaction's date, product family)
 * apply to transactions only; the lifecycle stage and {@code minDaysSinceContact} (the customer's last contact before
 * the event lies at least that many days back) to every event.
 */
public record TriggerRule(long id, String name, boolean active, TransactionKind kind, BigDecimal minAmount,
                          String minCurrency, String productFamily, LifecycleStage stage, RuleAction action,
                          Long departmentId, int dueDays, String script, String tag, Long pipelineId, int cooldownDays,
                          int version, EventCondition on, Integer minDaysSinceContact) {

    /** A rule without a condition on the last contact. */
    public TriggerRule(long id, String name, boolean active, TransactionKind kind, BigDecimal minAmount,
                       String minCurrency, String productFamily, LifecycleStage stage, RuleAction action,
                       Long departmentId, int dueDays, String script, String tag, Long pipelineId, int cooldownDays,
                       int version, EventCondition on) {
        this(id, name, active, kind, minAmount, minCurrency, productFamily, stage, action, departmentId, dueDays, script,
                tag, pipelineId, cooldownDays, version, on, null);
    }

    /** A rule on recorded transactions. */
    public TriggerRule(long id, String name, boolean active, TransactionKind kind, BigDecimal minAmount,
                       String minCurrency, String productFamily, LifecycleStage stage, RuleAction action,
                       Long departmentId, int dueDays, String script, String tag, Long pipelineId, int cooldownDays,
                       int version) {
        this(id, name, active, kind, minAmount, minCurrency, productFamily, stage, action, departmentId, dueDays, script,
                tag, pipelineId, cooldownDays, version, EventCondition.TRANSACTIONS);
    }

    public RuleDraft toDraft() {
        return new RuleDraft(name, active, kind, minAmount, minCurrency, productFamily, stage, action, departmentId,
                dueDays, script, tag, pipelineId, cooldownDays, on, minDaysSinceContact);
    }
}
