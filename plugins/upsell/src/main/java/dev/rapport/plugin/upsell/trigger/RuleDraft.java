package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import java.math.BigDecimal;

/** A rule as a manager enters it; see {@link TriggerRule}. {@code on} null: recorded transactions. */
public record RuleDraft(String name, boolean active, TransactionKind kind, BigDecimal minAmount, String minCurrency,
                        String productFamily, LifecycleStage stage, RuleAction action, Long departmentId,
                        Integer dueDays, String script, String tag, Long pipelineId, Integer cooldownDays,
                        EventCondition on, Integer minDaysSinceContact) {

    public RuleDraft {
        on = on == null ? EventCondition.TRANSACTIONS : on;
    }

    /** A rule without a condition on the last contact. */
    public RuleDraft(String name, boolean active, TransactionKind kind, BigDecimal minAmount, String minCurrency,
                     String productFamily, LifecycleStage stage, RuleAction action, Long departmentId,
                     Integer dueDays, String script, String tag, Long pipelineId, Integer cooldownDays,
                     EventCondition on) {
        this(name, active, kind, minAmount, minCurrency, productFamily, stage, action, departmentId, dueDays, script, tag,
                pipelineId, cooldownDays, on, null);
    }

    /** A rule on recorded transactions. */
    public RuleDraft(String name, boolean active, TransactionKind kind, BigDecimal minAmount, String minCurrency,
                     String productFamily, LifecycleStage stage, RuleAction action, Long departmentId,
                     Integer dueDays, String script, String tag, Long pipelineId, Integer cooldownDays) {
        this(name, active, kind, minAmount, minCurrency, productFamily, stage, action, departmentId, dueDays, script, tag,
                pipelineId, cooldownDays, EventCondition.TRANSACTIONS);
    }
}
