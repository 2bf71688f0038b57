package dev.rapport.platform.customer;

import java.util.List;
import java.util.Set;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;

/**
 * What a user enters for a customer, before validation. Persons have first and last name; organisations
 * an organisation name. Lists are ordered: the first email, phone and address are the primary ones.
 *
 * @param preferredLanguage a BCP 47 language tag such as {@code en} or {@code de-CH}
 * @param currency an ISO 4217 code such as {@code EUR}
 * @param timeZone an IANA zone id such as {@code Europe/Berlin}
 */
public record CustomerDraft(
        CustomerKind kind,
        String firstName,
        String lastName,
        String organisationName,
        LifecycleStage stage,
        Long ownerId,
        String preferredLanguage,
        String currency,
        String timeZone,
        boolean marketingConsent,
        List<EmailAddress> emails,
        List<PhoneNumber> phones,
        List<PostalAddress> addresses,
        Set<String> tags,
        String notes) {

    public CustomerDraft {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** "First Last" for persons, the organisation name for organisations. */
    public String displayName() {
        return kind == CustomerKind.ORGANISATION
                ? trim(organisationName)
                : (trim(firstName) + " " + trim(lastName)).trim();
    }

    /** "Last First" for persons, so lists sort by family name. */
    public String sortName() {
        return kind == CustomerKind.ORGANISATION
                ? trim(organisationName)
                : (trim(lastName) + " " + trim(firstName)).trim();
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
