package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import com.vaadin.flow.component.Component;
import dev.rapport.plugin.acquisition.scoring.ScoreLine;
import dev.rapport.plugin.acquisition.scoring.ScoringRule;

/** Says in words what a scoring rule gives points for, and why a score line gave its points. */
public final class RuleDescriber {

    private final Component context;

    public RuleDescriber(Component context) {
        this.context = context;
    }

    /** E.g. "Country is one of CH, DE", "Each response “replied”", "Each inbound contact by phone". */
    public String describe(ScoringRule rule) {
        return switch (rule.kind()) {
            case FIELD_VALUE -> rule.matchValue() == null || rule.matchValue().isBlank()
                    ? context.getTranslation("acquisition.rule.fieldFilled", LABELS.of(context, rule.field()))
                    : context.getTranslation("acquisition.rule.fieldMatches." + rule.field().name(),
                    LABELS.of(context, rule.field()), rule.matchValue());
            case CAMPAIGN_RESPONSE -> rule.responseType() == null
                    ? context.getTranslation("acquisition.rule.anyResponse")
                    : context.getTranslation("acquisition.rule.response", LABELS.of(context, rule.responseType()));
            case INTERACTION -> context.getTranslation("acquisition.rule.interaction",
                    rule.direction() == null ? context.getTranslation("acquisition.rule.anyDirection")
                            : LABELS.of(context, rule.direction()),
                    rule.channel() == null ? context.getTranslation("acquisition.rule.anyChannel")
                            : LABELS.of(context, rule.channel()));
        };
    }

    /** E.g. "Each response “replied” (2 ×)". */
    public String explain(ScoreLine line) {
        String rule = describe(line.rule());
        return line.occurrences() > 1 ? context.getTranslation("acquisition.rule.times", rule, line.occurrences()) : rule;
    }

    /** Points with their sign, e.g. "+20" or "−5". */
    public static String points(int points) {
        return points > 0 ? "+" + points : points < 0 ? "−" + Math.abs(points) : "0";
    }
}
