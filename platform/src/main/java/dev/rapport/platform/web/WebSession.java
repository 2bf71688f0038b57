package dev.rapport.platform.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dev.rapport.platform.user.Actor;
import java.util.Locale;

/** What the web layer knows about the current browser session: who acts, and how to format for them. */
public final class WebSession {

    private WebSession() {
    }

    /** The acting user of the current session. */
    public static Actor actor() {
        Actor actor = VaadinSession.getCurrent().getAttribute(Actor.class);
        if (actor == null) {
            throw new IllegalStateException("No user in this session");
        }
        return actor;
    }

    /** The acting user when called during a browser request, else the system (e.g. in an event listener). */
    public static Actor actorOrSystem() {
        VaadinSession session = VaadinSession.getCurrent();
        Actor actor = session == null ? null : session.getAttribute(Actor.class);
        return actor == null ? Actor.SYSTEM : actor;
    }

    static void actor(VaadinSession session, Actor actor) {
        session.setAttribute(Actor.class, actor);
    }

    /** Formats for the current UI's locale and the session's time zone. */
    public static Formats formats() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? VaadinSession.getCurrent().getLocale() : ui.getLocale();
        UserPreferences preferences = VaadinSession.getCurrent().getAttribute(UserPreferences.class);
        return new Formats(locale, preferences == null ? java.time.ZoneOffset.UTC : preferences.zone());
    }
}
