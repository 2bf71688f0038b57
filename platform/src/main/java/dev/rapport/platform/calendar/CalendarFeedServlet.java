package dev.rapport.platform.calendar;

import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.RequestRateLimiter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.OptionalLong;

/**
 * Serves {@code /calendar-feed/<secret>.ics}: a person's calendar (the last 30 days and the next 180) as iCalendar,
 * for phone calendars that subscribe to the link. Outside Vaadin and without sign-in: the secret is the
 * credential. Requests are limited per address so secrets cannot be guessed; an unknown or revoked secret and a
 * deactivated person get the same 404.
 */
public final class CalendarFeedServlet extends HttpServlet {

    /** Where feeds are served. */
    public static final String PREFIX = "/calendar-feed/";
    private static final String SUFFIX = ".ics";

    private final transient CalendarFeeds feeds;
    private final transient CalendarService calendar;
    private final transient UserDirectory users;
    private final transient ModuleAccess modules;
    private final transient RequestRateLimiter limiter;
    private final transient Clock clock;

    public CalendarFeedServlet(CalendarFeeds feeds, CalendarService calendar, UserDirectory users, ModuleAccess modules,
                               RequestRateLimiter limiter, Clock clock) {
        this.feeds = feeds;
        this.calendar = calendar;
        this.users = users;
        this.modules = modules;
        this.limiter = limiter;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestRateLimiter.Decision decision = limiter.acquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            response.sendError(429);
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        OptionalLong userId = path.endsWith(SUFFIX) ? feeds.userFor(path.substring(0, path.length() - SUFFIX.length()))
                : OptionalLong.empty();
        var user = userId.isPresent() ? users.find(userId.getAsLong()) : java.util.Optional.<dev.rapport.platform.user.User>empty();
        if (user.isEmpty()) {
            response.sendError(404);
            return;
        }
        Actor actor = Actor.of(user.get());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        var entries = calendar.forPerson(actor.userId(), today.minusDays(30), today.plusDays(180), ZoneOffset.UTC,
                modules.visibleTaskSources(actor), today);
        byte[] body = ICalendarWriter.write("Rapport: " + actor.displayName(), entries, clock.instant())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
