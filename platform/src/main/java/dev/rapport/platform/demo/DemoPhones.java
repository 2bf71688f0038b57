package dev.rapport.platform.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.rapport.platform.customer.PhoneNumbers;
import java.util.HashMap;
import java.util.Map;

/**
 * Valid phone numbers of a country. Each one starts from libphonenumber's example number of the region and
 * replaces all but its first digit (which decides the kind of line), until libphonenumber accepts the result
 * as a number of that very region: +1 236 is valid, but Canadian, and no number for a customer in the US.
 */
final class DemoPhones {

    /** Between 44 % (US) and 100 % of the candidates are valid: 20 attempts practically never all fail. */
    private static final int ATTEMPTS = 20;

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final Map<String, Phonenumber.PhoneNumber> examples = new HashMap<>();

    /** A valid number of {@code region}, in the forms the platform stores. */
    PhoneNumbers.Normalised next(String region, DemoRandom random) {
        Phonenumber.PhoneNumber example = examples.computeIfAbsent(region, PhoneNumbers::exampleNumber);
        String exampleDigits = Long.toString(example.getNationalNumber());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long national = exampleDigits.charAt(0) - '0';
            for (int i = 1; i < exampleDigits.length(); i++) {
                national = national * 10 + random.digit();
            }
            Phonenumber.PhoneNumber candidate = new Phonenumber.PhoneNumber().mergeFrom(example)
                    .setNationalNumber(national);
            if (UTIL.isValidNumberForRegion(candidate, region)) {
                return PhoneNumbers.normalise(candidate).orElseThrow();
            }
        }
        return PhoneNumbers.normalise(example).orElseThrow();
    }
}
