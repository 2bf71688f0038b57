package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import java.util.Objects;

/**
 * Decides whether a transaction matches a rule's conditions (the last contact's apart: {@link #quietEnough}, asked
 * after the others since it reads the customer's interactions). The amount threshold compares the transaction's amount
 * converted to the threshold's currency at the transaction's date; without a known rate it does not match (a
 * deposit nobody can value must not call a customer).
 */
public final class RuleMatcher {

    private final CurrencyConverter money;

    public RuleMatcher(CurrencyConverter money) {
        this.money = money;
    }

    public boolean matches(TriggerRule rule, TransactionFacts facts) {
        return stageMatches(rule, facts.stage()) && matchesBeforeStage(rule, facts);
    }

    /**
     * Whether the transaction matches the rule's conditions other than the customer's stage, which needs the customer
     * read: most transactions match no rule and are not worth that read.
     */
    public boolean matchesBeforeStage(TriggerRule rule, TransactionFacts facts) {
        if (rule.on().event() != TriggerEvent.TRANSACTION || rule.kind() != null && rule.kind() != facts.kind()) {
            return false;
        }
        if (rule.productFamily() != null && !rule.productFamily().equalsIgnoreCase(
                Objects.requireNonNullElse(facts.productFamily(), ""))) {
            return false;
        }
        if (rule.minAmount() != null) {
            Conversion converted = money.convert(facts.amount(), rule.minCurrency(), facts.date());
            return converted instanceof Conversion.Converted value
                    && value.money().amount().compareTo(rule.minAmount()) >= 0;
        }
        return true;
    }

    /** Whether an event that is not a transaction matches: its kind, the rule's event condition and stage. */
    public boolean matches(TriggerRule rule, EventFacts facts) {
        return stageMatches(rule, facts.stage()) && matchesBeforeStage(rule, facts);
    }

    /** As {@link #matches(TriggerRule, EventFacts)} but for the customer's stage (see the transactions' one). */
    public boolean matchesBeforeStage(TriggerRule rule, EventFacts facts) {
        EventCondition on = rule.on();
        if (on.event() != facts.event()) {
            return false;
        }
        return switch (facts.event()) {
            case INTERACTION -> on.channel() == null || on.channel() == facts.channel();
            case CUSTOMER_UPDATED -> on.changedField() == null || facts.changedFields().contains(on.changedField());
            case PLUGIN_EVENT -> on.pluginEventType() != null && on.pluginEventType().equals(facts.typeName());
            case TRANSACTION -> false;
        };
    }

    private static boolean stageMatches(TriggerRule rule, LifecycleStage stage) {
        return rule.stage() == null || rule.stage() == stage;
    }

    /** Whether the customer's last contact lies far enough back for the rule (a rule without the condition: yes). */
    public boolean quietEnough(TriggerRule rule, LastContact lastContact) {
        return rule.minDaysSinceContact() == null || lastContact.quietFor(rule.minDaysSinceContact());
    }
}
