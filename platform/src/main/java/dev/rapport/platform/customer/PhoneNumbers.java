package dev.rapport.platform.customer;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * Phone numbers checked and normalised with Google's libphonenumber: stored in international format, with
 * digit-only forms for prefix search by international ("4930...") or national ("030...") digits.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** A valid number in the forms the platform stores and searches. */
    public record Normalised(String international, String e164Digits, String nationalDigits) {
    }

    private PhoneNumbers() {
    }

    /**
     * Parses {@code raw}; numbers without a leading + are read as numbers of {@code defaultRegion} (ISO 3166
     * alpha-2). Empty when the text is not a valid number.
     */
    public static Optional<Normalised> normalise(String raw, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return normalise(UTIL.parse(raw, defaultRegion));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The stored forms of an already parsed (or generated) number; empty when it is not a valid number. */
    public static Optional<Normalised> normalise(Phonenumber.PhoneNumber number) {
        if (!UTIL.isValidNumber(number)) {
            return Optional.empty();
        }
        return Optional.of(new Normalised(
                UTIL.format(number, PhoneNumberFormat.INTERNATIONAL),
                digits(UTIL.format(number, PhoneNumberFormat.E164)),
                digits(UTIL.format(number, PhoneNumberFormat.NATIONAL))));
    }

    /** The digits of {@code text}, for search. */
    /** Whether a search text is (the start of) a phone number: at least three digits and only what numbers are written with. */
    static boolean looksLikeSearchForNumber(String term) {
        return digits(term).length() >= 3 && term.matches("[+0-9 ()./-]+");
    }

    public static String digits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    /** An example valid number of {@code region}, for demo data. */
    public static Phonenumber.PhoneNumber exampleNumber(String region) {
        return UTIL.getExampleNumber(region);
    }

    /** {@code number} in international format. */
    public static String international(Phonenumber.PhoneNumber number) {
        return UTIL.format(number, PhoneNumberFormat.INTERNATIONAL);
    }

    public static boolean isValid(Phonenumber.PhoneNumber number) {
        return UTIL.isValidNumber(number);
    }
}
