package dev.rapport.plugin.acquisition.lead;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN;

import dev.rapport.plugin.acquisition.support.Texts;
import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The rules a lead must satisfy, wherever it comes from: a name (a last name or a company), a way to reach them
 * (email or phone), well-formed contact data, known products and campaign. Reports every problem at once.
 */
public final class LeadValidator {

    public static final int MAX_NAME = 100;
    public static final int MAX_COMPANY = 200;
    public static final int MAX_NOTES = 10_000;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final CustomerDirectory customers;

    public LeadValidator(CustomerDirectory customers) {
        this.customers = customers;
    }

    /**
     * Checks {@code draft} (campaigns are looked up through {@code db}) and returns it cleaned.
     *
     * @throws ValidationException naming every wrong field, with message keys of the plugin's bundle
     */
    public ValidLead validate(DSLContext db, LeadDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        String lastName = text(errors, "lastName", draft.lastName(), MAX_NAME);
        String company = text(errors, "company", draft.company(), MAX_COMPANY);
        if (lastName == null && company == null) {
            errors.add(FieldError.of("lastName", "acquisition.validation.nameOrCompany"));
        }
        String email = text(errors, "email", draft.email(), Texts.MAX_EMAIL);
        if (email != null && !Texts.isEmail(email)) {
            errors.add(FieldError.of("email", "acquisition.validation.email", email));
        }
        String country = text(errors, "countryCode", draft.countryCode(), 2);
        country = country == null ? null : country.toUpperCase(Locale.ROOT);
        if (country != null && !COUNTRIES.contains(country)) {
            errors.add(FieldError.of("countryCode", "acquisition.validation.country", country));
        }
        String rawPhone = text(errors, "phone", draft.phone(), 40);
        String phone = null;
        if (rawPhone != null) {
            phone = customers.normalisePhone(rawPhone, country).orElse(null);
            if (phone == null) {
                errors.add(FieldError.of("phone", "acquisition.validation.phone", rawPhone));
            }
        }
        if (email == null && rawPhone == null) {
            errors.add(FieldError.of("email", "acquisition.validation.emailOrPhone"));
        }
        String language = text(errors, "preferredLanguage", draft.preferredLanguage(), 35);
        if (language != null && !isLanguageTag(language)) {
            errors.add(FieldError.of("preferredLanguage", "acquisition.validation.language", language));
        }
        if (draft.source() == null) {
            errors.add(FieldError.of("source", "acquisition.validation.required"));
        }
        if (draft.campaignId() != null && !db.fetchExists(ACQ_CAMPAIGN, ACQ_CAMPAIGN.ID.eq(draft.campaignId()))) {
            errors.add(FieldError.of("campaignId", "acquisition.validation.campaign"));
        }
        if (!draft.productIds().isEmpty()) {
            Set<Long> known = customers.products().stream().map(ProductInfo::id).collect(Collectors.toSet());
            if (!known.containsAll(draft.productIds())) {
                errors.add(FieldError.of("productIds", "acquisition.validation.product"));
            }
        }
        LeadDraft clean = new LeadDraft(text(errors, "firstName", draft.firstName(), MAX_NAME), lastName, company,
                text(errors, "jobTitle", draft.jobTitle(), MAX_NAME), email, phone,
                text(errors, "street", draft.street(), 200), text(errors, "postalCode", draft.postalCode(), 20),
                text(errors, "city", draft.city(), MAX_NAME), country, language, draft.marketingConsent(),
                draft.source(), text(errors, "sourceDetail", draft.sourceDetail(), 200), draft.campaignId(),
                text(errors, "notes", draft.notes(), MAX_NOTES), draft.productIds());
        ValidationException.throwIfAny(errors);
        String personKey = Texts.nameKey((clean.firstName() == null ? "" : clean.firstName()) + " "
                + (clean.lastName() == null ? "" : clean.lastName()));
        String nameKey = personKey.isEmpty() ? Texts.nameKey(company) : personKey;
        return new ValidLead(clean, phone, phone == null ? null : Texts.digits(phone), nameKey);
    }

    /** The stripped text, or null when blank; too long a text is an error. */
    private static String text(List<FieldError> errors, String field, String value, int max) {
        String clean = Texts.clean(value);
        if (clean != null && clean.length() > max) {
            errors.add(FieldError.of(field, "acquisition.validation.tooLong", max));
        }
        return clean;
    }

    private static boolean isLanguageTag(String tag) {
        try {
            return !new Locale.Builder().setLanguageTag(tag).build().getLanguage().isEmpty();
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
