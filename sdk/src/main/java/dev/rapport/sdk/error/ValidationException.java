package dev.rapport.sdk.error;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input was refused and nothing was written. Carries every problem found, not only the first, so a form
 * can mark all wrong fields at once.
 *
 * @since 1.0.0
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /**
     * Refuses input for {@code errors}.
     *
     * @param errors the problems; not empty
     */
    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.messageKey()).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    /**
     * Throws when {@code errors} is not empty.
     *
     * @param errors the problems found
     * @throws ValidationException if there is any
     */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * The problems.
     *
     * @return every problem, in the order found
     */
    public List<FieldError> errors() {
        return errors;
    }
}
