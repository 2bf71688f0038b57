package dev.rapport.platform.money;

import java.util.Arrays;
import java.util.List;

/**
 * Why a row of a rate file was refused: an i18n key whose first argument is the row's number (the header is row 1,
 * as a spreadsheet shows it), then what the message names (a column, a value).
 */
public record RateProblem(long row, String key, List<String> arguments) {

    public RateProblem {
        arguments = List.copyOf(arguments);
    }

    static RateProblem of(long row, String key, Object... details) {
        Object[] all = new Object[details.length + 1];
        all[0] = row;
        System.arraycopy(details, 0, all, 1, details.length);
        return new RateProblem(row, key, Arrays.stream(all).map(String::valueOf).toList());
    }
}
