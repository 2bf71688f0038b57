package dev.rapport.platform.customer.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Values of a page's URL query, read leniently: a value that cannot be read counts as absent (a hand-edited link). */
final class UrlQuery {

    private UrlQuery() {
    }

    static Optional<String> first(Map<String, List<String>> query, String key) {
        return query.getOrDefault(key, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
