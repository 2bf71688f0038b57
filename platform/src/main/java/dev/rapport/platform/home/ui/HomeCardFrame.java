package dev.rapport.platform.home.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** A card of the home page: a title over a body, framed alike for the kernel's cards and the plugins'. */
final class HomeCardFrame extends Div {

    HomeCardFrame(String id, String title, Component... body) {
        setId(id);
        addClassName("home-card");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5);
        getStyle().set("flex", "1 1 320px").set("min-width", "0").set("max-width", "100%");
        H3 heading = new H3(title);
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.NONE, LumoUtility.Margin.Bottom.SMALL);
        add(heading);
        add(body);
    }

    /** A link the router follows without reloading the page. */
    static Anchor link(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        // Underlined: inside a line of text a link must not be told apart by its colour alone.
        link.getStyle().set("text-decoration", "underline");
        return link;
    }
}
