package dev.rapport.platform.web;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.function.Predicate;

/**
 * Answers HTTP 404 for a page address that no route (kernel or plugin) serves. Vaadin answers every page address
 * with its start page and shows "Page not found" only once the browser has loaded it, so without this filter an
 * unknown address looked like a page to search engines, monitoring and scripts. The page is still sent (people see
 * the shell's not-found view); only the status changes. Vaadin's own requests (with a {@code v-r} parameter), static
 * files (a last path segment with a dot), {@code VAADIN/} resources and other servlets' paths are left alone.
 */
public final class UnknownPageStatus extends HttpFilter {

    private transient Predicate<String> knownPage;

    /** With the application's route registry, asked per request (plugin routes come and go at run time). */
    public UnknownPageStatus() {
    }

    /** With {@code knownPage} deciding whether a path (without leading slash) is a page. */
    public UnknownPageStatus(Predicate<String> knownPage) {
        this.knownPage = knownPage;
    }

    @Override
    public void init() {
        if (knownPage == null) {
            knownPage = routesOf(ApplicationRouteRegistry.getInstance(new VaadinServletContext(getServletContext())));
        }
    }

    /** Whether a path is served by one of {@code routes}' current routes (templates with parameters included). */
    static Predicate<String> routesOf(ApplicationRouteRegistry routes) {
        return path -> routes.getNavigationRouteTarget(path).hasTarget();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPageRequest(request) && !knownPage.test(pagePath(request))) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setStatus(int status) {
                    super.setStatus(status == HttpServletResponse.SC_OK ? HttpServletResponse.SC_NOT_FOUND : status);
                }
            });
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPageRequest(HttpServletRequest request) {
        // Only what reaches the Vaadin servlet (mapped to /*): the REST API, public endpoints and calendar feeds have
        // servlets of their own, with their own 404 answers.
        if (!"GET".equals(request.getMethod()) || !request.getServletPath().isEmpty() || request.getParameter("v-r") != null) {
            return false;
        }
        String path = pagePath(request);
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !path.startsWith("VAADIN/") && !lastSegment.contains(".");
    }

    private static String pagePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
