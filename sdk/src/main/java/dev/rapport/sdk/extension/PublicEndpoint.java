package dev.rapport.sdk.extension;

import org.pf4j.ExtensionPoint;

/**
 * An HTTP endpoint that anyone may post to without signing in, e.g. a web form on the company's website that
 * sends leads. It is served at {@code /public/<plugin-id>/<path>} (and below it).
 *
 * <p><b>What the platform does first:</b> it answers 404 while the plugin is not running (disabled, failed or
 * removed), 405 to every method but POST (and GET when {@link #servesGet()} says so), 429 with {@code Retry-After} when one address sent too many requests
 * to the plugin's endpoints within a minute ({@code public.requests.per.minute}), 413 when the body is larger
 * than {@code public.max.body.bytes}, and 415 to anything but {@code application/x-www-form-urlencoded}; the
 * endpoint sees none of these requests. Nobody is signed in: the plugin acts as the system, so it must check
 * itself that the caller may post (e.g. a per-form token) and must validate every parameter.
 * <p><b>GET</b> (since 1.3.0): an endpoint that answers {@code true} from {@link #servesGet()} also gets GETs,
 * through {@link #handleGet}, e.g. the page a link in an email opens, showing a form that posts back to the same
 * endpoint. A GET has no body (its parameters are the query string's) and the same rate limit; it must store
 * nothing (links are opened by mail scanners and previews too), only show.
 * <p><b>Lifecycle:</b> served while the plugin runs; {@link #path()} is read once when the plugin starts.
 * <p><b>Threading:</b> {@link #handle} runs on the web server's request threads, concurrently with itself: keep
 * it stateless or thread-safe, and quick.
 * <p><b>Failure:</b> if {@link #handle} throws, the caller gets 500 with a generic message (never the
 * exception's), and the error is counted on the Plugins page. Throwing after writing data is the plugin's own
 * business: write in one transaction, so that a rejected post stores nothing.
 *
 * @since 1.2.0
 */
public interface PublicEndpoint extends ExtensionPoint {

    /**
     * The endpoint's path below {@code /public/<plugin-id>/}: lower-case letters, digits and dashes, unique
     * within the plugin, e.g. {@code web-form}.
     *
     * @return the path
     */
    String path();

    /**
     * Answers one post.
     *
     * @param request the post, within the platform's limits
     * @return the answer; never null
     */
    PublicResponse handle(PublicRequest request);

    /**
     * Whether the endpoint also answers GET, through {@link #handleGet}. Read at every request.
     *
     * @return true to receive GETs; false (the default) to have the platform answer them 405
     * @since 1.3.0
     */
    default boolean servesGet() {
        return false;
    }

    /**
     * Answers one GET, when {@link #servesGet()} is true: typically an HTML page (content type {@code text/html}).
     * The request's parameters are the query string's. Must not change data. Threading and failure as for
     * {@link #handle}.
     *
     * @param request the GET, within the platform's limits
     * @return the answer; never null
     * @throws UnsupportedOperationException by default (never called unless {@link #servesGet()} is true)
     * @since 1.3.0
     */
    default PublicResponse handleGet(PublicRequest request) {
        throw new UnsupportedOperationException("This endpoint does not serve GET");
    }
}
