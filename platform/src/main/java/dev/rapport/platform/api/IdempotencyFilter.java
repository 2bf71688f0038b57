package dev.rapport.platform.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on POST: the first call with a key runs and its answer (success or refusal of the input)
 * is kept; a retry with the same key and the same body gets that answer again, marked {@code Idempotent-Replayed:
 * true}, and writes nothing; the same key with another body is refused (422). Keys are per token and kept 24 h. A
 * secret shown once ({@link SecretInAnswer}) is not kept: a retry's answer leaves it out.
 *
 * <p>The claim, the call's writes and its answer are one transaction ({@link ApiServlet}): a retry while the first
 * call still runs waits for it and gets its answer (or runs, if the first failed), and is told 409 only when it waited
 * longer than the database's lock wait timeout. A call answered with a server error (5xx) keeps nothing.
 */
@Priority(Priorities.USER)
final class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "Idempotency-Key";
    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final int MAX_KEY = 255;

    private record Claim(long tokenId, String key) {
    }

    private final IdempotencyStore store;

    IdempotencyFilter(IdempotencyStore store) {
        this.store = store;
    }

    /** Whether a call is idempotent by its key: {@link ApiServlet} then runs it in one transaction. */
    static boolean applies(String method, String key) {
        return key != null && HttpMethod.POST.equals(method);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!applies(request.getMethod(), key)
                || !(request.getSecurityContext().getUserPrincipal() instanceof CallerContext caller)) {
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ApiProblem.badField(HEADER, "invalid-idempotency-key",
                    "An Idempotency-Key has 1 to 255 visible ASCII characters.");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        long tokenId = caller.caller().token().id();
        Optional<IdempotencyStore.Stored> stored = store.claim(tokenId, key, hash(request.getUriInfo().getPath(), body));
        if (stored.isEmpty()) {
            request.setProperty(CLAIM, new Claim(tokenId, key));
            return;
        }
        IdempotencyStore.Stored first = stored.get();
        if (!first.requestHash().equals(hash(request.getUriInfo().getPath(), body))) {
            throw new ApiProblem(422, "idempotency-key-reused",
                    "This Idempotency-Key was used with another request; use a new key for a new request.");
        }
        if (first.inProgress()) {
            throw new ApiProblem(409, "idempotency-key-in-progress",
                    "The first request with this Idempotency-Key has not finished; retry in a moment.");
        }
        Response.ResponseBuilder replay = Response.status(first.status()).header("Idempotent-Replayed", "true")
                .type(first.status() >= 400 ? ProblemBody.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                .entity(first.body());
        if (first.location() != null) {
            replay.header(HttpHeaders.LOCATION, first.location());
        }
        request.abortWith(replay.build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            // Not kept: ApiServlet rolls the call back, its claim with it.
            return;
        }
        Object entity = response.getEntity() instanceof SecretInAnswer secret ? secret.withoutSecret() : response.getEntity();
        String body = response.hasEntity() ? JsonBodies.MAPPER.writeValueAsString(entity) : null;
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        store.complete(claim.tokenId(), claim.key(), response.getStatus(), location, body);
    }

    private static String hash(String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(path.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
