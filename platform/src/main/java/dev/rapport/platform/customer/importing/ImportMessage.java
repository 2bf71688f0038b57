package dev.rapport.platform.customer.importing;

import java.util.Arrays;
import java.util.List;

/**
 * A text for the user, as an i18n key and its arguments (already text, so a number reads the same in the
 * summary and in the downloaded problem list).
 */
public record ImportMessage(String key, List<String> arguments) {

    public ImportMessage {
        arguments = List.copyOf(arguments);
    }

    static ImportMessage of(String key, Object... arguments) {
        return new ImportMessage(key, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
