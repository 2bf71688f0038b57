package dev.rapport.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Locale;

/**
 * Tells the caller how long the server worked on a call: {@code Server-Timing: app;dur=<milliseconds>}, from the
 * moment {@link ApiServlet} took the request until its answer is ready to be written (token check, rate limit,
 * idempotency claim, the resource and its database work). An integrator (and the bench) can so tell the server's
 * share of a slow call from the network's. Response filters run from the highest priority number down: this one, with
 * the lowest, runs after all the others.
 */
@Priority(0)
final class ServerTiming implements ContainerResponseFilter {

    static final String HEADER = "Server-Timing";
    /** The servlet request attribute holding {@link System#nanoTime()} at the start of the call. */
    static final String STARTED = ServerTiming.class.getName() + ".started";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STARTED) instanceof Long started) {
            double millis = (System.nanoTime() - started) / 1_000_000.0;
            response.getHeaders().putSingle(HEADER, String.format(Locale.ROOT, "app;dur=%.2f", millis));
        }
    }
}
