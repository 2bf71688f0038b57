package dev.rapport.platform.api;

import java.util.List;

/**
 * A refusal the API answers as {@code application/problem+json} (RFC 9457): an HTTP status, a stable {@code type}
 * slug integrators can branch on, a title, a detail and, for bad input, one entry per field.
 */
public final class ApiProblem extends RuntimeException {

    /** One bad input: the field as a JSON path ({@code emails[1].address}), a stable code and an English message. */
    public record FieldProblem(String field, String code, String message) {
    }

    private final int status;
    private final String type;
    private final List<FieldProblem> errors;

    public ApiProblem(int status, String type, String detail) {
        this(status, type, detail, List.of());
    }

    public ApiProblem(int status, String type, String detail, List<FieldProblem> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** A bad value of one field. */
    public static ApiProblem badField(String field, String code, String message) {
        return new ApiProblem(400, "invalid-input", "The request has an invalid value.",
                List.of(new FieldProblem(field, code, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
