package dev.rapport.platform.api;

import dev.rapport.platform.persistence.ConflictRetry;
import org.jooq.exception.DataAccessException;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.Locale;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure of an API call into a problem+json answer: the kernel's validation, not-found, permission and
 * version-conflict refusals keep their meaning (422, 404, 403, 412), Jersey's own refusals (unknown path, method or
 * media type) keep their status, and anything unexpected is logged and answered 500 without internals.
 */
final class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);

    private static final java.util.regex.Pattern PLUGIN_PATH = java.util.regex.Pattern.compile("/?v1/plugins/([^/]+)/.*");

    private final BundleI18NProvider messages;
    private final BiConsumer<String, Throwable> pluginFailures;
    @Context
    private UriInfo uri;

    /** @param pluginFailures told of an unexpected failure of a plugin's REST resource (plugin id, failure) */
    ProblemMapper(BundleI18NProvider messages, BiConsumer<String, Throwable> pluginFailures) {
        this.messages = messages;
        this.pluginFailures = pluginFailures;
    }

    @Override
    public Response toResponse(Throwable failure) {
        String instance = uri == null ? null : "/api/" + uri.getPath();
        if (failure instanceof ApiGate.Unauthenticated refused) {
            return Response.fromResponse(answer(new ApiProblem(401, refused.type, refused.getMessage()), instance))
                    .header("WWW-Authenticate", refused.type.equals("invalid-token")
                            ? "Bearer realm=\"rapport\", error=\"invalid_token\"" : "Bearer realm=\"rapport\"").build();
        }
        if (failure instanceof ApiGate.RateLimited limited) {
            return Response.fromResponse(answer(new ApiProblem(429, "rate-limited", limited.getMessage()), instance))
                    .header("Retry-After", limited.retryAfterSeconds).build();
        }
        return answer(toProblem(failure), instance);
    }

    static Response answer(ApiProblem problem, String instance) {
        return Response.status(problem.status()).type(ProblemBody.MEDIA_TYPE)
                .entity(new ProblemBody(ProblemBody.TYPE_BASE + problem.type(), title(problem.status()), problem.status(),
                        problem.getMessage(), instance, problem.errors())).build();
    }

    private ApiProblem toProblem(Throwable failure) {
        return switch (failure) {
            case ApiProblem problem -> problem;
            case ValidationException invalid -> new ApiProblem(422, "validation", "The input was refused; see errors.",
                    invalid.errors().stream().map(error -> new ApiProblem.FieldProblem(error.field(), error.messageKey(),
                            messages.getTranslation(error.messageKey(), Locale.ENGLISH, error.arguments().toArray())))
                            .toList());
            case NotFoundException missing -> new ApiProblem(404, "not-found", missing.getMessage());
            case AccessDeniedException denied -> new ApiProblem(403, "forbidden", denied.getMessage());
            case ConcurrentEditException conflict -> new ApiProblem(412, "version-conflict",
                    "Someone else saved this record since the version you sent (at " + conflict.changedAt()
                            + "): read it again and resend your change with its ETag in If-Match.");
            case ParamException.PathParamException path -> new ApiProblem(404, "not-found",
                    "No record has the id given in the path.", List.of(new ApiProblem.FieldProblem(
                            path.getParameterName(), "invalid-id", "Not a valid id.")));
            case ParamException parameter -> ApiProblem.badField(parameter.getParameterName(), "invalid-parameter",
                    "Not a valid value of " + parameter.getParameterName() + ".");
            case jakarta.ws.rs.NotFoundException unknown -> new ApiProblem(404, "no-such-resource",
                    "No API resource has this path; see /api/v1/openapi.json.");
            case WebApplicationException web -> new ApiProblem(web.getResponse().getStatus(),
                    slug(web.getResponse().getStatus()), web.getMessage());
            case DataAccessException clash when ConflictRetry.isConflict(clash) -> new ApiProblem(503, "conflict",
                    "The call clashed with another one writing the same data and nothing of it was kept; send it again.");
            default -> {
                java.util.regex.Matcher plugin = PLUGIN_PATH.matcher(uri == null ? "" : uri.getPath());
                if (plugin.matches()) {
                    pluginFailures.accept(plugin.group(1), failure);
                }
                log.error("An API call failed", failure);
                yield new ApiProblem(500, "internal", "The server failed; the failure is logged.");
            }
        };
    }

    private static String slug(int status) {
        return switch (status) {
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 415 -> "unsupported-media-type";
            default -> "http-" + status;
        };
    }

    private static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            default -> known == null ? "HTTP " + status : known.getReasonPhrase();
        };
    }
}
