package dev.rapport.platform.persistence;

import org.jooq.Condition;
import org.jooq.Field;

/** Small query helpers shared by repositories. */
public final class Sql {

    /** The escape character of every LIKE pattern built here. */
    public static final char LIKE_ESCAPE = '!';

    private Sql() {
    }

    /**
     * {@code field LIKE 'prefix%'} with the user's text escaped, rendered with a plain bound pattern so MariaDB
     * can use an index range on {@code field}.
     */
    public static Condition startsWith(Field<String> field, String prefix) {
        return field.like(escapeLike(prefix) + "%", LIKE_ESCAPE);
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 4);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
