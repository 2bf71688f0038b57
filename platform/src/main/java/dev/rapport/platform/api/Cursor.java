package dev.rapport.platform.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset cursor: the position after the last row of a page, as base64url text. Integrators pass it back
 * unchanged; anything that does not decode to this list's kind of position is refused with a 400 on {@code cursor}.
 * It is not a secret and not signed: it only names a position, and every row is still filtered by the permissions of
 * the caller.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    /** Encodes {@code parts} (the list's kind first, then the position's values). */
    public static String encode(String kind, Object... parts) {
        StringBuilder text = new StringBuilder(kind);
        for (Object part : parts) {
            text.append(SEPARATOR).append(part == null ? "" : part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position's values of a cursor of {@code kind} with {@code size} values.
     *
     * @throws ApiProblem 400 for anything else
     */
    public static List<String> decode(String cursor, String kind, int size) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() == size + 1 && parts.getFirst().equals(kind)) {
                return parts.subList(1, parts.size());
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below like any other cursor that is not one of this list
        }
        throw invalid();
    }

    /** A number inside a decoded cursor. */
    public static long number(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ApiProblem invalid() {
        return ApiProblem.badField("cursor", "invalid-cursor",
                "Not a cursor of this list: pass the \"next\" value of the previous page unchanged.");
    }
}
