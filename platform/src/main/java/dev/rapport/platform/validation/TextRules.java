package dev.rapport.platform.validation;

import dev.rapport.sdk.error.FieldError;
import java.util.List;

/** The two checks every text input gets: present when required, not longer than its column. */
public final class TextRules {

    private TextRules() {
    }

    public static void requireText(List<FieldError> errors, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else {
            optionalText(errors, field, value, maxLength);
        }
    }

    public static void optionalText(List<FieldError> errors, String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            errors.add(FieldError.of(field, "validation.tooLong", maxLength));
        }
    }
}
