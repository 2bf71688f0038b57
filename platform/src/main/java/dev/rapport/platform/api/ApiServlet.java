package dev.rapport.platform.api;

import dev.rapport.platform.persistence.ConflictRetry;
import dev.rapport.platform.persistence.Database;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jersey's servlet, which forgets the request's {@link CurrentCaller} when the request ends, however it ends.
 *
 * <p>A POST with an {@code Idempotency-Key} runs whole in one database transaction ({@link Database#inOneTransaction}):
 * the key's claim ({@link IdempotencyFilter}), everything the resource writes and the stored answer commit together,
 * and the answer reaches the client only after that commit ({@link HeldResponse}). A call that fails on the server's
 * side (5xx), or whose commit fails, keeps nothing, not even its key; a node that dies mid-call leaves nothing either,
 * so the client's retry simply runs again. A conflict with another transaction (error 1213: a deadlock, or on Galera
 * a concurrent call on another node) runs the whole call again, up to {@link ConflictRetry#ATTEMPTS} times.
 */
final class ApiServlet extends ServletContainer {

    private static final Logger log = LoggerFactory.getLogger(ApiServlet.class);

    private final Database database;
    private final int maxBodyBytes;

    ApiServlet(ResourceConfig application, Database database, int maxBodyBytes) {
        super(application);
        this.database = database;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        request.setAttribute(ServerTiming.STARTED, System.nanoTime());
        try {
            if (IdempotencyFilter.applies(request.getMethod(), request.getHeader(IdempotencyFilter.HEADER))) {
                serveInOneTransaction(ReplayableRequest.of(request, maxBodyBytes), new HeldResponse(response));
            } else {
                super.service(request, response);
            }
        } finally {
            CurrentCaller.clear();
        }
    }

    private void serveInOneTransaction(ReplayableRequest request, HeldResponse answer) throws IOException {
        try {
            ConflictRetry.run("an API call with an Idempotency-Key", () -> database.inOneTransaction(() -> {
                answer.restart();
                serve(request, answer);
                if (answer.getStatus() >= 500) {
                    throw new ServerFailed();
                }
                return null;
            }));
        } catch (ServerFailed failed) {
            // Rolled back: the server's failure is answered as it is, and the key stays free for a retry.
        } catch (DataAccessException notStored) {
            log.warn("An API call with an Idempotency-Key could not be stored; nothing of it was kept", notStored);
            answer.restart();
            answer.setStatus(503);
            answer.setHeader("Retry-After", "1");
            answer.setContentType(ProblemBody.MEDIA_TYPE);
            JsonBodies.MAPPER.writeValue(answer.getOutputStream(), new ProblemBody(ProblemBody.TYPE_BASE + "not-stored",
                    "Service Unavailable", 503, "The call could not be stored and nothing of it was kept; send it again"
                    + " with the same Idempotency-Key.", request.getRequestURI(), null));
        }
        answer.release();
    }

    private void serve(ReplayableRequest request, HeldResponse answer) {
        try {
            super.service(request, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException("The API failed to serve a call", e);
        }
    }

    /** Ends the transaction of a call answered with a server error, so that nothing of it is kept. */
    private static final class ServerFailed extends RuntimeException {
        ServerFailed() {
            super(null, null, false, false);
        }
    }
}
