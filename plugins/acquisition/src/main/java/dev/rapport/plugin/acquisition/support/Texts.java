package dev.rapport.plugin.acquisition.support;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text rules shared by validation and the duplicate check. */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Email syntax as browsers check it (WHATWG), plus a dot in the domain, as the kernel checks customers'. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
                    + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$");
    public static final int MAX_EMAIL = 254;

    private Texts() {
    }

    /** The text stripped, or null when it is null or blank. */
    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A name as the duplicate check compares it: lower case, without accents, punctuation or repeated spaces, so
     * "Müller-Lüdenscheidt, Anna" and "anna muller ludenscheidt" differ only in word order.
     */
    public static String nameKey(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    public static boolean isEmail(String text) {
        return text != null && text.length() <= MAX_EMAIL && EMAIL.matcher(text).matches();
    }

    /** The digits of a phone number, to compare numbers whatever their spacing. */
    public static String digits(String text) {
        StringBuilder digits = new StringBuilder();
        text.chars().filter(Character::isDigit).forEach(c -> digits.append((char) c));
        return digits.toString();
    }
}
