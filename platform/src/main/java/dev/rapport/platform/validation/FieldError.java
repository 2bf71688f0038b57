package dev.rapport.platform.validation;

import java.util.List;

/**
 * One problem with one input field: {@code field} names the input (e.g. {@code emails[1]}), {@code messageKey}
 * is an i18n key whose message is formatted with {@code arguments}.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
