package dev.rapport.plugin.upsell.ui;

import static dev.rapport.plugin.upsell.ui.Labels.LABELS;

import dev.rapport.plugin.upsell.opportunity.OpportunityStatus;
import dev.rapport.plugin.upsell.opportunity.Origin;
import dev.rapport.plugin.upsell.trigger.FiringOutcome;
import dev.rapport.plugin.upsell.trigger.RuleAction;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.testkit.PluginTexts;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every text the plugin names exists in English and German, and each is a valid MessageFormat. */
class MessagesCompleteTest {

    @Test
    void everyKeyUsedIsInBothLanguagesAndEveryTextIsAValidMessageFormat() {
        Set<String> built = new TreeSet<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(OpportunityStatus.class, Origin.class,
                RuleAction.class, FiringOutcome.class, TransactionKind.class, LifecycleStage.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                built.add(LABELS.key(constant));
            }
        }
        for (String kind : List.of("CREATED", "STAGE", "WON", "LOST")) {
            built.add("upsell.history.kind." + kind);
        }
        for (String metric : List.of("win-rate", "upsell-revenue", "pipeline-value", "days-to-close",
                "trigger-conversion", "cross-sell-ratio")) {
            built.add("upsell.metric." + metric);
        }
        PluginTexts.of("upsell").alsoUsing(built).assertComplete();
    }
}
