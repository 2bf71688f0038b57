package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.sdk.extension.CustomerFact;
import java.util.ArrayList;
import java.util.List;

/** The plugins' key facts about a customer as cards beside the kernel's figures, coloured by their tone. */
final class PluginFactCards {

    private PluginFactCards() {
    }

    static List<Component> of(List<CustomerContributions.PluginFact> facts) {
        List<Component> cards = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            cards.add(card("fact-" + facts.get(i).pluginId() + "-" + i, facts.get(i).fact()));
        }
        return cards;
    }

    private static Component card(String id, CustomerFact fact) {
        Span label = new Span(fact.label());
        label.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Span value = new Span(fact.value());
        value.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD, toneColour(fact.tone()));
        value.addClassName("figure-value");
        Div card = new Div(label, value);
        card.setId(id);
        card.addClassNames("key-figure", "plugin-fact");
        if (fact.explanation() != null && !fact.explanation().isBlank()) {
            // The explanation is read on hover, and by screen readers with the value.
            card.setTitle(fact.explanation());
            Span explanation = new Span(fact.explanation());
            explanation.addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
            card.add(explanation);
        }
        return card;
    }

    private static String toneColour(CustomerFact.Tone tone) {
        return switch (tone) {
            case NEUTRAL -> LumoUtility.TextColor.BODY;
            case GOOD -> LumoUtility.TextColor.SUCCESS;
            case WARNING -> LumoUtility.TextColor.WARNING;
            case BAD -> LumoUtility.TextColor.ERROR;
        };
    }
}
