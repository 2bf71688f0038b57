package dev.rapport.platform.customer;

import dev.rapport.sdk.error.FieldError;
import static dev.rapport.platform.validation.TextRules.optionalText;
import static dev.rapport.platform.validation.TextRules.requireText;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import dev.rapport.sdk.customer.CustomerKind;

/**
 * The rules a customer must satisfy before it is stored. Used by the service (authoritative) and by the
 * form, so a user sees the same message before and after pressing save.
 */
public final class CustomerValidator {

    public static final int MAX_NAME = 100;
    public static final int MAX_ORGANISATION_NAME = 200;
    public static final int MAX_NOTES = 10_000;
    public static final int MAX_ENTRIES = 10;
    public static final int MAX_TAGS = 20;
    public static final int MAX_TAG = 50;
    /** The longest language tag the database column holds; longer well-formed tags exist (private use). */
    public static final int MAX_LANGUAGE_TAG = 35;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _-]*");
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final String defaultPhoneRegion;

    public CustomerValidator(String defaultPhoneRegion) {
        this.defaultPhoneRegion = defaultPhoneRegion;
    }

    /** The region of phone numbers typed without + when nothing about the customer says otherwise. */
    public String defaultPhoneRegion() {
        return defaultPhoneRegion;
    }

    public List<FieldError> validate(CustomerDraft draft) {
        return check(draft).errors();
    }

    /** Validates {@code draft}; when valid, with its phone numbers normalised (each number is parsed once). */
    CheckedDraft check(CustomerDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.kind() == null) {
            errors.add(FieldError.of("kind", "validation.required"));
        } else if (draft.kind() == CustomerKind.ORGANISATION) {
            requireText(errors, "organisationName", draft.organisationName(), MAX_ORGANISATION_NAME);
        } else {
            optionalText(errors, "firstName", draft.firstName(), MAX_NAME);
            requireText(errors, "lastName", draft.lastName(), MAX_NAME);
        }
        if (draft.stage() == null) {
            errors.add(FieldError.of("stage", "validation.required"));
        }
        validateLanguage(errors, draft.preferredLanguage());
        validateCurrency(errors, draft.currency());
        validateTimeZone(errors, draft.timeZone());
        validateEmails(errors, draft.emails());
        List<PhoneNumbers.Normalised> phones = validatePhones(errors, draft);
        validateAddresses(errors, draft.addresses());
        validateTags(errors, draft.tags());
        optionalText(errors, "notes", draft.notes(), MAX_NOTES);
        return errors.isEmpty() ? CheckedDraft.valid(draft, phones) : CheckedDraft.invalid(draft, errors);
    }

    /**
     * The region used to read phone numbers entered without +: the first address's country, else the region
     * of the preferred language (de-CH: CH), else the configured default.
     */
    public String phoneRegion(CustomerDraft draft) {
        return draft.addresses().stream().map(PostalAddress::countryCode)
                .filter(code -> code != null && COUNTRIES.contains(code)).findFirst()
                .or(() -> languageRegion(draft.preferredLanguage()))
                .orElse(defaultPhoneRegion);
    }

    private static java.util.Optional<String> languageRegion(String tag) {
        if (tag == null) {
            return java.util.Optional.empty();
        }
        String region = Locale.forLanguageTag(tag.strip()).getCountry();
        return COUNTRIES.contains(region) ? java.util.Optional.of(region) : java.util.Optional.empty();
    }

    private static void validateLanguage(List<FieldError> errors, String tag) {
        if (tag == null || tag.isBlank()) {
            errors.add(FieldError.of("preferredLanguage", "validation.required"));
            return;
        }
        if (tag.strip().length() > MAX_LANGUAGE_TAG) {
            errors.add(FieldError.of("preferredLanguage", "validation.tooLong", MAX_LANGUAGE_TAG));
            return;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.strip()).build();
            if (locale.getLanguage().isEmpty()) {
                errors.add(FieldError.of("preferredLanguage", "validation.language", tag));
            }
        } catch (IllformedLocaleException e) {
            errors.add(FieldError.of("preferredLanguage", "validation.language", tag));
        }
    }

    private static void validateCurrency(List<FieldError> errors, String code) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of("currency", "validation.required"));
        } else if (!isCurrency(code)) {
            errors.add(FieldError.of("currency", "validation.currency", code));
        }
    }

    /** Whether {@code code} is an ISO 4217 currency code, in upper case as stored. */
    public static boolean isCurrency(String code) {
        if (code == null || !CURRENCY_CODE.matcher(code).matches()) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void validateTimeZone(List<FieldError> errors, String zone) {
        if (zone == null || zone.isBlank()) {
            errors.add(FieldError.of("timeZone", "validation.required"));
            return;
        }
        try {
            ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            errors.add(FieldError.of("timeZone", "validation.timeZone", zone));
        }
    }

    private static void validateEmails(List<FieldError> errors, List<EmailAddress> emails) {
        if (emails.size() > MAX_ENTRIES) {
            errors.add(FieldError.of("emails", "validation.tooMany", MAX_ENTRIES));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            String address = emails.get(i).address();
            String field = "emails[" + i + "]";
            if (address == null || address.isBlank()) {
                errors.add(FieldError.of(field, "validation.required"));
            } else if (!EmailAddresses.isValid(address.strip())) {
                errors.add(FieldError.of(field, "validation.email", address.strip()));
            } else if (!seen.add(EmailAddresses.normalise(address).toLowerCase(Locale.ROOT))) {
                errors.add(FieldError.of(field, "validation.duplicate", address.strip()));
            }
        }
    }

    /** The phone numbers normalised, in the draft's order (those that are invalid left out). */
    private List<PhoneNumbers.Normalised> validatePhones(List<FieldError> errors, CustomerDraft draft) {
        List<PhoneNumber> phones = draft.phones();
        if (phones.size() > MAX_ENTRIES) {
            errors.add(FieldError.of("phones", "validation.tooMany", MAX_ENTRIES));
        }
        String region = phoneRegion(draft);
        Set<String> seen = new HashSet<>();
        List<PhoneNumbers.Normalised> normalisedPhones = new ArrayList<>(phones.size());
        for (int i = 0; i < phones.size(); i++) {
            String number = phones.get(i).number();
            String field = "phones[" + i + "]";
            if (number == null || number.isBlank()) {
                errors.add(FieldError.of(field, "validation.required"));
                continue;
            }
            var normalised = PhoneNumbers.normalise(number, region);
            if (normalised.isEmpty()) {
                errors.add(FieldError.of(field, "validation.phone", number.strip()));
            } else if (!seen.add(normalised.get().e164Digits())) {
                errors.add(FieldError.of(field, "validation.duplicate", number.strip()));
            } else {
                normalisedPhones.add(normalised.get());
            }
        }
        return normalisedPhones;
    }

    private static void validateAddresses(List<FieldError> errors, List<PostalAddress> addresses) {
        if (addresses.size() > MAX_ENTRIES) {
            errors.add(FieldError.of("addresses", "validation.tooMany", MAX_ENTRIES));
        }
        for (int i = 0; i < addresses.size(); i++) {
            PostalAddress address = addresses.get(i);
            String prefix = "addresses[" + i + "].";
            requireText(errors, prefix + "street", address.street(), 200);
            optionalText(errors, prefix + "postalCode", address.postalCode(), 20);
            requireText(errors, prefix + "city", address.city(), 100);
            optionalText(errors, prefix + "region", address.region(), 100);
            if (address.countryCode() == null || address.countryCode().isBlank()) {
                errors.add(FieldError.of(prefix + "countryCode", "validation.required"));
            } else if (!COUNTRIES.contains(address.countryCode())) {
                errors.add(FieldError.of(prefix + "countryCode", "validation.country", address.countryCode()));
            }
        }
    }

    private static void validateTags(List<FieldError> errors, Set<String> tags) {
        if (tags.size() > MAX_TAGS) {
            errors.add(FieldError.of("tags", "validation.tooMany", MAX_TAGS));
        }
        for (String tag : tags) {
            String trimmed = tag == null ? "" : tag.strip();
            if (trimmed.length() > MAX_TAG || !TAG.matcher(trimmed).matches()) {
                errors.add(FieldError.of("tags", "validation.tag", trimmed));
            }
        }
    }
}
