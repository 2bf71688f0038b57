package dev.rapport.plugin.acquisition.importing;

import dev.rapport.plugin.acquisition.support.Texts;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Proposes a column for each import field from the header row, by the names people give such columns. */
public final class ColumnGuess {

    private ColumnGuess() {
    }

    /**
     * The first column whose header, normalised, is one of a field's names.
     *
     * @param names the accepted header names of a field (lower case, words separated by spaces)
     */
    public static <F extends Enum<F>> Map<F, Integer> guess(Class<F> fields, List<String> headers,
                                                           Function<F, List<String>> names) {
        Map<F, Integer> mapping = new EnumMap<>(fields);
        for (F field : fields.getEnumConstants()) {
            for (int column = 0; column < headers.size(); column++) {
                if (names.apply(field).contains(Texts.nameKey(headers.get(column))) && !mapping.containsValue(column)) {
                    mapping.put(field, column);
                    break;
                }
            }
        }
        return mapping;
    }
}
