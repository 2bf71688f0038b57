package dev.rapport.plugin.acquisition.support;

import java.util.Map;
import java.util.StringJoiner;

/** The few JSON texts the public web-form endpoint answers with; no library needed for flat objects of strings. */
public final class Json {

    private Json() {
    }

    /** A JSON object in the map's order: map values become nested objects, everything else a string. */
    public static String object(Map<String, ?> values) {
        StringJoiner members = new StringJoiner(",", "{", "}");
        values.forEach((key, value) -> {
            String json;
            if (value instanceof Map<?, ?> nested) {
                StringJoiner inner = new StringJoiner(",", "{", "}");
                nested.forEach((innerKey, innerValue) -> inner.add(quote(String.valueOf(innerKey)) + ":"
                        + quote(String.valueOf(innerValue))));
                json = inner.toString();
            } else {
                json = quote(String.valueOf(value));
            }
            members.add(quote(key) + ":" + json);
        });
        return members.toString();
    }

    /** {@code text} as a JSON string literal; {@code <}, {@code >} and {@code &} escaped so it is safe in HTML too. */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
