package dev.rapport.plugin.service.ui;

import com.vaadin.flow.component.html.Anchor;

/** Links within the application: Vaadin's router follows them without reloading the page. */
public final class Links {

    private Links() {
    }

    public static Anchor to(String path, String text) {
        Anchor link = new Anchor(path, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
