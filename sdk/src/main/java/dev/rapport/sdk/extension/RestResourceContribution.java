package dev.rapport.sdk.extension;

import org.pf4j.ExtensionPoint;

/**
 * A plugin's resources in the kernel's REST API: the plugin's main records for integrators, e.g. acquisition's
 * leads and campaigns. They are served at {@code /api/v1/plugins/<plugin-id>/} and below, with the kernel's
 * authentication, rate limits, idempotency keys, JSON rules and problem answers.
 *
 * <p><b>The resource:</b> {@link #resource()} returns one object whose public methods carry Jakarta REST
 * annotations ({@code @GET}, {@code @POST}, {@code @Path}, {@code @PathParam}, {@code @QueryParam},
 * {@code @HeaderParam}; {@code jakarta.ws.rs-api} comes with the SDK). The kernel treats it as a sub-resource:
 * a {@code @Path} on its class is ignored, a method's {@code @Path} is relative to the plugin's root, e.g.
 * {@code @GET @Path("leads/{id}")} answers {@code GET /api/v1/plugins/acquisition/leads/42}. Bodies and answers
 * are JSON read and written by the kernel (records work; unknown fields are refused); return a record, a list, or
 * a {@code jakarta.ws.rs.core.Response} for a status such as 201. Throw the SDK's
 * {@link dev.rapport.sdk.error.ValidationException}, {@link dev.rapport.sdk.error.NotFoundException},
 * {@link dev.rapport.sdk.error.AccessDeniedException} or {@link dev.rapport.sdk.error.ConcurrentEditException}:
 * they are answered 422, 404, 403 and 412 as the kernel's own.
 * <p><b>Who calls:</b> a request reaches the resource only with a valid access token whose user's departments use
 * the plugin (administrators always); everyone else gets 404, as for a path that does not exist. While a method
 * runs, {@code PluginContext.security()} names the token's user, and the SDK's services act as that user, so a
 * call can do no more than the same user in the UI. Writes with a read-only token are refused before the resource
 * runs (methods other than GET and HEAD count as writes).
 * <p><b>Lifecycle:</b> {@link #resource()} is called once when the plugin starts; the resource is served while
 * the plugin runs and removed before it stops (a call then gets 404). At most one contribution per plugin.
 * <p><b>Threading:</b> methods run on the web server's request threads, concurrently with themselves: keep the
 * resource stateless or thread-safe.
 * <p><b>Failure:</b> if {@link #resource()} throws, the plugin does not start (as for every contribution). If a
 * method throws anything but the SDK's errors, the caller gets a 500 problem with a generic message (never the
 * exception's), and the error is logged and counted on the Plugins page. Write in one transaction, so that a
 * refused call stores nothing. A POST with an {@code Idempotency-Key} runs whole in one database transaction with
 * its stored answer: the method's transactions (on the plugin's {@code DSLContext} and in the SDK's services) join
 * it as savepoints and commit only with the answer; a 5xx answer keeps nothing. Work handed to another thread is not
 * part of it.
 *
 * @since 1.3.0
 */
public interface RestResourceContribution extends ExtensionPoint {

    /**
     * The plugin's root resource.
     *
     * @return an object with Jakarta REST annotated methods; never null
     */
    Object resource();
}
