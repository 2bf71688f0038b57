package dev.rapport.platform.customer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email syntax as browsers check it (WHATWG), plus a dot in the domain: a CRM mails real domains. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 254;
    private static final Pattern VALID = Pattern.compile(
            "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$");

    private EmailAddresses() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && VALID.matcher(address).matches();
    }

    /** Trimmed, domain in lower case (the local part is case-sensitive in theory, so it is kept). */
    public static String normalise(String address) {
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
