package dev.rapport.platform.demo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Mail addresses built from names: ASCII only, so every one passes the platform's address check. */
final class DemoEmails {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private DemoEmails() {
    }

    /** A private address of a person, in one of the forms people choose: anna.muller@, amuller@, muller.anna84@. */
    static String personal(String firstName, String lastName, String domain, DemoRandom random) {
        String first = fold(firstName);
        String last = fold(lastName);
        String local = switch (random.between(0, 3)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            case 2 -> last + "." + first + random.between(60, 99);
            default -> first + last + random.between(1, 999);
        };
        return local + "@" + domain;
    }

    /** The address of a person at a company: anna.muller@nordstern-logistik.example.de. */
    static String atCompany(String firstName, String lastName, String companyDomain) {
        return fold(firstName) + "." + fold(lastName) + "@" + companyDomain;
    }

    /** A company's own domain under the country's demo domain: "Nordstern Logistik" gives nordstern-logistik.example.de. */
    static String companyDomain(String companyName, String topLevelDomain) {
        String label = NOT_ALPHANUMERIC.matcher(asciiLowerCase(companyName)).replaceAll("-").replaceAll("^-|-$", "");
        return label + ".example." + topLevelDomain;
    }

    /** "Müller" gives "muller", "van der Meer" gives "vandermeer", "O'Connor" gives "oconnor". */
    static String fold(String name) {
        return NOT_ALPHANUMERIC.matcher(asciiLowerCase(name)).replaceAll("");
    }

    private static String asciiLowerCase(String text) {
        // letters that Unicode decomposition does not reduce to a base letter
        String spelledOut = text.replace("ß", "ss").replace("æ", "ae").replace("Æ", "Ae").replace("ø", "o")
                .replace("Ø", "O").replace("œ", "oe").replace("ł", "l").replace("Ł", "L");
        String decomposed = Normalizer.normalize(spelledOut, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
