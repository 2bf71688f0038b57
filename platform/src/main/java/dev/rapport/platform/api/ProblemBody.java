package dev.rapport.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every refusal (RFC 9457 problem details): {@code type} is a URI under {@code /api/problems/} naming
 * the kind of problem, {@code errors} lists the bad fields of the input.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemBody(String type, String title, int status, String detail, String instance,
                          List<ApiProblem.FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "/api/problems/";
}
