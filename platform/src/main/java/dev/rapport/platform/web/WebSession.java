package dev.rapport.platform.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.security.UserSessions;
import dev.rapport.sdk.error.AccessDeniedException;
import java.util.Locale;
import java.util.Optional;

/** What the web layer knows about the current browser session: who acts, and how to format for them. */
public final class WebSession {

    private static final String MUST_CHANGE_PASSWORD = WebSession.class.getName() + ".mustChangePassword";

    private WebSession() {
    }

    /**
     * The signed-in user of the current session; views behind sign-in may rely on it. Their role and departments
     * are refreshed at every navigation ({@link dev.rapport.platform.web.security.AccessControl}); a user deactivated
     * meanwhile is signed out here, at once, and what they tried is refused.
     *
     * @throws AccessDeniedException when the user was deactivated (a view opened before tries to save)
     */
    public static Actor actor() {
        Actor signedIn = currentActor().orElseThrow(() -> new IllegalStateException("No user is signed in"));
        Optional<UserSessions> sessions = userSessions();
        if (sessions.isEmpty()) {
            return signedIn;
        }
        if (sessions.get().fresh(signedIn).isEmpty()) {
            signOut();
            throw new AccessDeniedException(signedIn.displayName() + " is no longer active; the session has ended");
        }
        return signedIn;
    }

    /** The signed-in user, if any. */
    public static Optional<Actor> currentActor() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Actor.class));
    }

    /**
     * The acting user when called during a browser request (checked as {@link #actor()} does), else the system
     * (e.g. in an event listener).
     */
    public static Actor actorOrSystem() {
        return currentActor().isPresent() ? actor() : Actor.SYSTEM;
    }

    /**
     * Signs {@code actor} in: a new HTTP session id (no session fixation), then the user in the session.
     */
    public static void signIn(Actor actor, boolean mustChangePassword) {
        VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Actor.class, actor);
        session.setAttribute(MUST_CHANGE_PASSWORD, mustChangePassword);
        userSessions().ifPresent(sessions -> sessions.signedIn(actor.userId(), new UserSessions.Browser(session)));
    }

    private static Optional<UserSessions> userSessions() {
        VaadinService service = VaadinService.getCurrent();
        return service == null ? Optional.empty() : Optional.ofNullable(service.getContext().getAttribute(UserSessions.class));
    }

    /** Replaces the session's user with a fresher copy (role or departments changed). */
    public static void refresh(Actor actor) {
        VaadinSession.getCurrent().setAttribute(Actor.class, actor);
    }

    public static boolean mustChangePassword() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE_PASSWORD));
    }

    public static void passwordChanged() {
        VaadinSession.getCurrent().setAttribute(MUST_CHANGE_PASSWORD, false);
    }

    /** Ends the session: the HTTP session is invalidated, every tab of it is signed out. */
    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(Actor.class, null);
        session.getSession().invalidate();
    }

    /** The browser's address, for the audit log and sign-in throttling. */
    public static String remoteAddress() {
        var request = VaadinService.getCurrentRequest();
        return request == null ? null : request.getRemoteAddr();
    }

    /** Formats for the current UI's locale and the session's time zone. */
    public static Formats formats() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? VaadinSession.getCurrent().getLocale() : ui.getLocale();
        UserPreferences preferences = VaadinSession.getCurrent().getAttribute(UserPreferences.class);
        return new Formats(locale, preferences == null ? java.time.ZoneOffset.UTC : preferences.zone());
    }
}
