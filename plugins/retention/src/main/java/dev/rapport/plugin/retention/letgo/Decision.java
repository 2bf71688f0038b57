package dev.rapport.plugin.retention.letgo;

import java.util.Locale;

/** What a manager decides about a customer who costs more to serve than they earn. */
public enum Decision {
    KEEP, CHANGE_TERMS, LET_GO;

    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Decision ofValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
