package dev.rapport.platform.user;

import dev.rapport.sdk.error.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a password must be: long enough, not too long for the hash, and not the user's own name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private PasswordPolicy() {
    }

    public static List<FieldError> check(String field, String password, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add(FieldError.of(field, "validation.passwordTooShort", MIN_LENGTH));
        } else if (password.length() > MAX_LENGTH) {
            errors.add(FieldError.of(field, "validation.tooLong", MAX_LENGTH));
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of(field, "validation.passwordContainsUsername"));
        }
        return errors;
    }
}
