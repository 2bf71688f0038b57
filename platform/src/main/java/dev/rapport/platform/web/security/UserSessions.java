package dev.rapport.platform.web.security;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.SessionTermination;
import dev.rapport.platform.user.UserDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The signed-in browser sessions of each user on this node, so that a changed or reset password or a deactivation
 * ends the user's other sessions at once: every tab of theirs finds its session gone at its next request. Sessions
 * are added at sign-in and dropped when they end. In memory, per node; a node that holds no session of the user
 * still refuses a deactivated user's actions, as {@link #fresh} is checked on every action. Thread-safe.
 */
public final class UserSessions implements SessionTermination {

    /** A signed-in session that can be ended. */
    public interface SignedIn {
        void end();
    }

    private final Map<Long, Set<SignedIn>> byUser = new ConcurrentHashMap<>();
    private final UserDirectory users;
    private final Supplier<Optional<SignedIn>> current;

    public UserSessions(UserDirectory users) {
        this(users, () -> Optional.ofNullable(VaadinSession.getCurrent()).map(Browser::new));
    }

    UserSessions(UserDirectory users, Supplier<Optional<SignedIn>> current) {
        this.users = users;
        this.current = current;
    }

    public void signedIn(long userId, SignedIn session) {
        byUser.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Forgets a session that ended (signed out, timed out). */
    public void ended(SignedIn session) {
        byUser.values().forEach(sessions -> sessions.remove(session));
    }

    @Override
    public void endSessionsOf(long userId) {
        Set<SignedIn> sessions = byUser.get(userId);
        if (sessions == null) {
            return;
        }
        Optional<SignedIn> making = current.get();
        for (SignedIn session : List.copyOf(sessions)) {
            if (making.filter(session::equals).isEmpty()) {
                sessions.remove(session);
                session.end();
            }
        }
    }

    /** The signed-in user as the directory knows them now (role and departments); empty once deactivated. */
    public Optional<Actor> fresh(Actor signedIn) {
        return users.actorOf(signedIn.userId());
    }

    /** A Vaadin session: ending it signs its user out and invalidates its HTTP session, under the session's lock. */
    public record Browser(VaadinSession session) implements SignedIn {
        @Override
        public void end() {
            session.access(() -> {
                session.setAttribute(Actor.class, null);
                WrappedSession http = session.getSession();
                if (http != null) {
                    http.invalidate();
                }
            });
        }
    }
}
