package dev.rapport.sdk.extension;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP POST to a {@link PublicEndpoint}, as the platform received and checked it: within the size and rate
 * limits, with an {@code application/x-www-form-urlencoded} body (what an HTML form sends) parsed into
 * parameters; or (since 1.3.0) a GET to an endpoint that {@link PublicEndpoint#servesGet() serves GET}, with the
 * query string's parameters.
 *
 * @param path the path below the endpoint's own, without leading slash; empty when the post was to the
 *        endpoint's path itself
 * @param parameters the body's and the query string's parameters by name, each with its values in order
 * @param headers request headers by lower-case name (the first value of each)
 * @param remoteAddress the client's IP address
 * @param receivedAt when the platform received the request
 * @since 1.2.0
 */
public record PublicRequest(String path, Map<String, List<String>> parameters, Map<String, String> headers,
                            String remoteAddress, Instant receivedAt) {

    /** Copies the maps. */
    public PublicRequest {
        parameters = Map.copyOf(parameters);
        headers = Map.copyOf(headers);
    }

    /**
     * The first value of a parameter, stripped of surrounding white space.
     *
     * @param name the parameter's name
     * @return the value, or empty when the parameter is missing or blank
     */
    public Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.getFirst().strip());
    }
}
