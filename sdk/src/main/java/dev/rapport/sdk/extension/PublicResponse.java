package dev.rapport.sdk.extension;

import java.util.Map;

/**
 * What a {@link PublicEndpoint} answers.
 *
 * @param status the HTTP status, e.g. 201, 400, 403, 422
 * @param contentType the body's media type, e.g. {@code application/json}; sent with UTF-8
 * @param body the body, or an empty string
 * @param headers further response headers (e.g. {@code Location}); the platform sets content type and length
 * @since 1.2.0
 */
public record PublicResponse(int status, String contentType, String body, Map<String, String> headers) {

    /** Copies the headers; checks the status is an HTTP status. */
    public PublicResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status for a response: " + status);
        }
        body = body == null ? "" : body;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /**
     * A JSON answer.
     *
     * @param status the HTTP status
     * @param json the JSON text
     * @return the response
     */
    public static PublicResponse json(int status, String json) {
        return new PublicResponse(status, "application/json", json, Map.of());
    }

    /**
     * Sends the browser on to {@code location} (303 See Other), e.g. a website's thank-you page after a form post.
     *
     * @param location an absolute URL
     * @return the response
     */
    public static PublicResponse redirect(String location) {
        return new PublicResponse(303, "text/plain", "", Map.of("Location", location));
    }
}
