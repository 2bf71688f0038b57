package dev.rapport.platform.validation;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; nothing was written. Carries every problem found, not only the first. */
public final class ValidationException extends RuntimeException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.messageKey()).collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public List<FieldError> errors() {
        return errors;
    }
}
