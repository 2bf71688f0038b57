package dev.rapport.plugin.retention.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import dev.rapport.plugin.retention.model.RfmClass;
import dev.rapport.plugin.retention.score.RiskBand;

/** The plugin's words for its values, in a component's language or a given locale. */
public final class Texts {

    private Texts() {
    }

    public static String rfm(Component context, RfmClass value) {
        return context.getTranslation("retention.rfm." + value.value());
    }

    public static String band(Component context, RiskBand band) {
        return band == null ? "" : context.getTranslation("retention.band." + band.value());
    }

    /** A link the router follows without reloading the page. */
    public static Anchor link(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
