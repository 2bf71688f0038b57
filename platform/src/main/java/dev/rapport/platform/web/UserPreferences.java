package dev.rapport.platform.web;

import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;

/**
 * Per browser session: the time zone dates are shown in. Starts at the configured default and switches
 * to the browser's zone as soon as the browser reports it.
 */
public final class UserPreferences {

    private volatile ZoneId zone;

    private UserPreferences(ZoneId zone) {
        this.zone = zone;
    }

    /** The preferences of the current session, created with {@code defaultZone} on first use. */
    public static UserPreferences of(VaadinSession session, ZoneId defaultZone) {
        UserPreferences preferences = session.getAttribute(UserPreferences.class);
        if (preferences == null) {
            preferences = new UserPreferences(defaultZone);
            session.setAttribute(UserPreferences.class, preferences);
        }
        return preferences;
    }

    public ZoneId zone() {
        return zone;
    }

    public void zone(ZoneId value) {
        zone = value;
    }
}
