package dev.rapport.plugin.acquisition.scoring;

import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.interaction.Direction;
import java.util.List;

/**
 * A starter set of scoring rules, installed once when the plugin first starts on an installation, so leads get
 * meaningful scores from the beginning; managers change or delete them (they do not come back).
 */
public final class DefaultScoringRules {

    private static final String INSTALLED = "scoring.defaults.installed";

    static final List<ScoringRule> RULES = List.of(
            new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.COMPANY, null, null, null, null, 10, null, true),
            new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.JOB_TITLE, "director, head, chief, manager, owner, leiter",
                    null, null, null, 15, null, true),
            new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.PHONE, null, null, null, null, 5, null, true),
            new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.PRODUCT_INTEREST, null, null, null, null, 10, null, true),
            new ScoringRule(0, RuleKind.FIELD_VALUE, LeadField.MARKETING_CONSENT, null, null, null, null, 5, null, true),
            new ScoringRule(0, RuleKind.CAMPAIGN_RESPONSE, null, null, ResponseType.OPENED, null, null, 2, 10, true),
            new ScoringRule(0, RuleKind.CAMPAIGN_RESPONSE, null, null, ResponseType.REPLIED, null, null, 20, 40, true),
            new ScoringRule(0, RuleKind.CAMPAIGN_RESPONSE, null, null, ResponseType.ATTENDED, null, null, 25, 50, true),
            new ScoringRule(0, RuleKind.CAMPAIGN_RESPONSE, null, null, ResponseType.UNSUBSCRIBED, null, null, -30, null, true),
            new ScoringRule(0, RuleKind.INTERACTION, null, null, null, null, Direction.INBOUND, 5, 20, true));

    private final PluginContext context;

    public DefaultScoringRules(PluginContext context) {
        this.context = context;
    }

    public void installOnFirstStart() {
        if (context.settings().get(INSTALLED).isPresent()) {
            return;
        }
        context.dsl().transaction(configuration -> {
            ScoringRuleRepository rules = new ScoringRuleRepository(configuration.dsl());
            if (rules.isEmpty()) {
                RULES.forEach(rule -> rules.insert(rule, context.clock().instant()));
            }
        });
        context.settings().put(INSTALLED, "true");
    }
}
