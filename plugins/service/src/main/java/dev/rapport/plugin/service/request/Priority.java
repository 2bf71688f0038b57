package dev.rapport.plugin.service.request;

/** How urgent a request is; agreements set response and resolution targets per priority. */
public enum Priority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** The next higher priority (escalation); urgent stays urgent. */
    public Priority raised() {
        return this == URGENT ? URGENT : values()[ordinal() + 1];
    }
}
