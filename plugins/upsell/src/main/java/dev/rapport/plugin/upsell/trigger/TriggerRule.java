package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import java.math.BigDecimal;

/**
 * When a transaction is recorded that matches every condition given (null: any), act. {@code minAmount} is in
 * {@code minCurrency}; the transaction's amount is converted to it at its date.
 */
public record TriggerRule(long id, String name, boolean active, TransactionKind kind, BigDecimal minAmount,
                          String minCurrency, String productFamily, LifecycleStage stage, RuleAction action,
                          Long departmentId, int dueDays, String script, String tag, Long pipelineId, int cooldownDays,
                          int version) {

    public RuleDraft toDraft() {
        return new RuleDraft(name, active, kind, minAmount, minCurrency, productFamily, stage, action, departmentId,
                dueDays, script, tag, pipelineId, cooldownDays);
    }
}
