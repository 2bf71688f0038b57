package dev.rapport.sdk.error;

import java.util.List;

/**
 * One problem with one input field.
 *
 * @param field names the input, e.g. {@code subject}, {@code emails[1]} or {@code addresses[0].city}
 * @param messageKey an i18n key of the message, e.g. {@code validation.required}
 * @param arguments the message's arguments, in order
 * @since 1.0.0
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    /** Copies {@code arguments}, so the error cannot change after it was made. */
    public FieldError {
        arguments = List.copyOf(arguments);
    }

    /**
     * A problem with {@code field}.
     *
     * @param field the input
     * @param messageKey the i18n key of the message
     * @param arguments the message's arguments
     * @return the error
     */
    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
