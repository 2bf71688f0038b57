package dev.rapport.platform.web;

import dev.rapport.platform.plugin.PublicEndpointRegistry;
import dev.rapport.sdk.extension.PublicEndpoint;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /public/<plugin-id>/<path>[/...]}: the plugins' public endpoints, which anyone may post to
 * without signing in (e.g. a website's lead form). Outside Vaadin, so no sign-in applies. Before an endpoint
 * sees a request the platform limits requests per address, finds the endpoint of a running plugin, accepts
 * POST with a form-encoded body only (and GET, without a body, where the endpoint serves it), caps the body's
 * size and parses it. Every refusal is a JSON answer with a
 * stable {@code error} code and a {@code message} for people.
 */
public final class PublicEndpointServlet extends HttpServlet {

    /** Where public endpoints are served. */
    public static final String PREFIX = "/public/";

    private static final Logger log = LoggerFactory.getLogger(PublicEndpointServlet.class);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final int MAX_PARAMETERS = 100;
    private static final List<String> PASSED_HEADERS = List.of("user-agent", "referer", "origin", "accept",
            "accept-language");

    private final transient PublicEndpointRegistry endpoints;
    private final transient RequestRateLimiter limiter;
    private final transient Clock clock;
    private final int maxBodyBytes;

    public PublicEndpointServlet(PublicEndpointRegistry endpoints, RequestRateLimiter limiter, int maxBodyBytes,
                                 Clock clock) {
        this.endpoints = endpoints;
        this.limiter = limiter;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestRateLimiter.Decision decision = limiter.acquire(request.getRemoteAddr());
        if (!decision.allowed()) {
            response.setHeader("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            refuse(response, 429, "rate-limited", "Too many requests from your address; try again in "
                    + decision.retryAfterSeconds() + " seconds.");
            return;
        }
        String[] segments = segments(request.getPathInfo());
        Optional<PublicEndpoint> endpoint = segments.length < 2 ? Optional.empty()
                : endpoints.find(segments[0], segments[1]);
        if (endpoint.isEmpty()) {
            refuse(response, 404, "not-found", "There is no such endpoint.");
            return;
        }
        if ("GET".equals(request.getMethod()) && endpoints.servesGet(segments[0], endpoint.get())) {
            serveGet(request, response, segments, endpoint.get());
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            boolean get = endpoints.servesGet(segments[0], endpoint.get());
            response.setHeader("Allow", get ? "GET, POST" : "POST");
            refuse(response, 405, "method-not-allowed", get ? "Only GET and POST are accepted here."
                    : "Only POST is accepted here.");
            return;
        }
        String contentType = request.getContentType() == null ? ""
                : request.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!contentType.equals(FORM)) {
            refuse(response, 415, "unsupported-media-type", "Send the form as " + FORM + ".");
            return;
        }
        Optional<byte[]> body = readBody(request);
        if (body.isEmpty()) {
            response.setHeader("Connection", "close");
            refuse(response, 413, "payload-too-large", "The request body is larger than " + maxBodyBytes + " bytes.");
            return;
        }
        Map<String, List<String>> parameters;
        try {
            parameters = parse(request.getQueryString(), new String(body.get(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            refuse(response, 400, "malformed-body", "The request body is not a well-formed form: " + e.getMessage());
            return;
        }
        PublicRequest publicRequest = new PublicRequest(String.join("/", List.of(segments).subList(2, segments.length)),
                parameters, headers(request), request.getRemoteAddr(), clock.instant());
        Optional<PublicResponse> answer = endpoints.handle(segments[0], endpoint.get(), publicRequest);
        if (answer.isEmpty()) {
            log.warn("Public endpoint /public/{}/{} failed (see the Plugins page)", segments[0], segments[1]);
            refuse(response, 500, "internal-error", "The request could not be processed.");
            return;
        }
        write(response, answer.get());
    }

    /** A GET to an endpoint that serves GET: its query string's parameters, no body. */
    private void serveGet(HttpServletRequest request, HttpServletResponse response, String[] segments,
                          PublicEndpoint endpoint) throws IOException {
        Map<String, List<String>> parameters;
        try {
            parameters = parse(request.getQueryString(), "");
        } catch (IllegalArgumentException e) {
            refuse(response, 400, "malformed-query", "The query string is not well-formed: " + e.getMessage());
            return;
        }
        PublicRequest publicRequest = new PublicRequest(String.join("/", List.of(segments).subList(2, segments.length)),
                parameters, headers(request), request.getRemoteAddr(), clock.instant());
        Optional<PublicResponse> answer = endpoints.handleGet(segments[0], endpoint, publicRequest);
        if (answer.isEmpty()) {
            log.warn("Public endpoint /public/{}/{} failed on GET (see the Plugins page)", segments[0], segments[1]);
            refuse(response, 500, "internal-error", "The request could not be processed.");
            return;
        }
        write(response, answer.get());
    }

    /** The path's segments after {@code /public}: plugin id, endpoint path, then anything below it. */
    private static String[] segments(String pathInfo) {
        if (pathInfo == null) {
            return new String[0];
        }
        return java.util.Arrays.stream(pathInfo.split("/")).filter(segment -> !segment.isEmpty()).toArray(String[]::new);
    }

    /** The body, or empty when it is longer than allowed (read no further than one byte past the limit). */
    private Optional<byte[]> readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            return Optional.empty();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? Optional.empty() : Optional.of(body);
        }
    }

    static Map<String, List<String>> parse(String query, String body) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        int count = 0;
        for (String part : List.of(query == null ? "" : query, body)) {
            for (String pair : part.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                if (++count > MAX_PARAMETERS) {
                    throw new IllegalArgumentException("more than " + MAX_PARAMETERS + " parameters");
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                parameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            }
        }
        return parameters;
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : PASSED_HEADERS) {
            String value = request.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    private static void refuse(HttpServletResponse response, int status, String error, String message) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("message", message);
        write(response, PublicResponse.json(status, body));
    }

    private static void write(HttpServletResponse response, PublicResponse answer) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setContentType(answer.contentType() + ";charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
