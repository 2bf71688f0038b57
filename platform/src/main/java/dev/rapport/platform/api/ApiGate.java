package dev.rapport.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * What every API call passes before and after its resource: CORS preflights for the listed origins, the bearer
 * token (401 without a usable one), the token's rate limit (429 with {@code Retry-After}), its scope (403 for a read
 * token that writes), the body size limit (413), and on the way out the {@code RateLimit} headers, CORS headers and
 * an {@code ETag} on reads with 304 for a matching {@code If-None-Match}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class ApiGate implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private static final String DECISION = ApiGate.class.getName() + ".decision";
    private static final String EXPOSED = "ETag, Location, RateLimit, RateLimit-Policy, Retry-After, Server-Timing";

    private final AccessTokens tokens;
    private final TokenRateLimits limits;
    private final CorsOrigins cors;
    private final int maxBodyBytes;

    ApiGate(AccessTokens tokens, TokenRateLimits limits, CorsOrigins cors, int maxBodyBytes) {
        this.tokens = tokens;
        this.limits = limits;
        this.cors = cors;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String origin = request.getHeaderString("Origin");
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && origin != null) {
            request.abortWith(preflight(origin));
            return;
        }
        if (PublicPaths.isPublic(request.getUriInfo().getPath())) {
            return;
        }
        AccessTokens.Caller caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        TokenRateLimits.Decision decision = limits.take(caller.token().id());
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            throw new RateLimited(decision.resetSeconds());
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !caller.mayWrite()) {
            throw new ApiProblem(403, "insufficient-scope",
                    "This token may only read (scope READ); create a READ_WRITE token to write.");
        }
        request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure()));
        CurrentCaller.set(caller.actor());
        byte[] body = request.hasEntity() ? boundedBody(request) : new byte[0];
        if (body.length == 0 && BODY_METHODS.contains(request.getMethod())) {
            throw ApiProblem.badField("", "required", "The request needs a JSON body.");
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private AccessTokens.Caller authenticate(String authorization) {
        if (authorization == null || authorization.isBlank()) {
            throw new Unauthenticated("unauthenticated", "Send an access token: Authorization: Bearer <token>.");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Unauthenticated("unauthenticated", "Only bearer tokens are accepted: Authorization: Bearer <token>.");
        }
        return tokens.authenticate(authorization.substring(7).strip()).orElseThrow(() -> new Unauthenticated(
                "invalid-token", "The token is unknown, expired or revoked, or its user is deactivated."));
    }

    private byte[] boundedBody(ContainerRequestContext request) throws IOException {
        if (request.getLength() > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream body = request.getEntityStream()) {
            byte[] bytes = body.readNBytes(maxBodyBytes + 1);
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, "body-too-large", "The body is larger than " + maxBodyBytes + " bytes.");
    }

    private Response preflight(String origin) {
        Response.ResponseBuilder answer = Response.noContent();
        if (cors.allows(origin)) {
            answer.header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE")
                    .header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key")
                    .header("Access-Control-Max-Age", "600")
                    .header("Vary", "Origin");
        }
        return answer.build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof TokenRateLimits.Decision decision) {
            response.getHeaders().putSingle("RateLimit-Policy", decision.policyHeader());
            response.getHeaders().putSingle("RateLimit", decision.limitHeader());
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && cors.allows(origin)) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED);
            response.getHeaders().add("Vary", "Origin");
        }
        if (HttpMethod.GET.equals(request.getMethod()) && response.getStatus() == 200 && response.hasEntity()
                && !(response.getEntity() instanceof InputStream)) {
            tagRead(request, response);
        }
    }

    /** An ETag for every read (the record's version where it has one, else a hash of the body); 304 when it matches. */
    private static void tagRead(ContainerRequestContext request, ContainerResponseContext response) {
        EntityTag tag = Optional.ofNullable(response.getEntityTag())
                .orElseGet(() -> new EntityTag(contentHash(response.getEntity())));
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean matches(String header, EntityTag tag) {
        for (String candidate : header.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || value.replaceFirst("^W/", "").equals("\"" + tag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    private static String contentHash(Object entity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JsonBodies.MAPPER.writeValueAsBytes(entity));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 401 with the {@code WWW-Authenticate} challenge of RFC 6750. */
    static final class Unauthenticated extends RuntimeException {
        final String type;

        Unauthenticated(String type, String detail) {
            super(detail, null, false, false);
            this.type = type;
        }
    }

    /** 429 with {@code Retry-After}. */
    static final class RateLimited extends RuntimeException {
        final long retryAfterSeconds;

        RateLimited(long retryAfterSeconds) {
            super("This token made too many calls; retry after " + retryAfterSeconds + " s.", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }
}
