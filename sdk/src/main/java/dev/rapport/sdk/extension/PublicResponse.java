package dev.rapport.sdk.extension;

import java.util.Map;
import java.util.StringJoiner;

/**
 * What a {@link PublicEndpoint} answers.
 *
 * @param status the HTTP status, e.g. 201, 400, 403, 422
 * @param contentType the body's media type, e.g. {@code application/json}; sent with UTF-8
 * @param body the body, or an empty string
 * @param headers further response headers (e.g. {@code Location}); the platform sets content type and length
 * @since 1.2.0
 */
public record PublicResponse(int status, String contentType, String body, Map<String, String> headers) {

    /** Copies the headers; checks the status is an HTTP status. */
    public PublicResponse {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status for a response: " + status);
        }
        body = body == null ? "" : body;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /**
     * A JSON answer.
     *
     * @param status the HTTP status
     * @param json the JSON text
     * @return the response
     */
    public static PublicResponse json(int status, String json) {
        return new PublicResponse(status, "application/json", json, Map.of());
    }

    /**
     * A JSON answer of one object: {@code members} in their iteration order (pass a {@code LinkedHashMap} to fix
     * it), each value written as a string ({@code String.valueOf}), or as a nested object of strings when it is a
     * {@code Map}. Every string is escaped, {@code <}, {@code >} and {@code &} too, so the text stays inert where a
     * page embeds it.
     *
     * @param status the HTTP status
     * @param members the object's members
     * @return the response
     * @since 1.2.0
     */
    public static PublicResponse json(int status, Map<String, ?> members) {
        return json(status, object(members, true));
    }

    private static String object(Map<?, ?> members, boolean nest) {
        StringJoiner json = new StringJoiner(",", "{", "}");
        members.forEach((key, value) -> json.add(quote(String.valueOf(key)) + ":"
                + (nest && value instanceof Map<?, ?> nested ? object(nested, false) : quote(String.valueOf(value)))));
        return json.toString();
    }

    /** {@code text} as a JSON string literal. */
    private static String quote(String text) {
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

    /**
     * Sends the browser on to {@code location} (303 See Other), e.g. a website's thank-you page after a form post.
     *
     * @param location an absolute URL
     * @return the response
     */
    public static PublicResponse redirect(String location) {
        return new PublicResponse(303, "text/plain", "", Map.of("Location", location));
    }

    /**
     * An HTML page. The caller escapes whatever it embeds of user input ({@link #escapeHtml}).
     *
     * @param status the HTTP status
     * @param html the page
     * @return the response
     * @since 1.3.0
     */
    public static PublicResponse html(int status, String html) {
        return new PublicResponse(status, "text/html", html, Map.of());
    }

    /**
     * {@code text} safe to embed in HTML text and in quoted attribute values: {@code & < > " '} as entities.
     *
     * @param text the text, or null (an empty string)
     * @return the escaped text
     * @since 1.3.0
     */
    public static String escapeHtml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
