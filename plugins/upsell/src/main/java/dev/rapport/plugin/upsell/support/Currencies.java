package dev.rapport.plugin.upsell.support;

import java.util.Currency;

/** Checks currency codes typed by users. */
public final class Currencies {

    private Currencies() {
    }

    /** Whether {@code code} is the upper-case code of an ISO 4217 currency. */
    public static boolean isKnown(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
