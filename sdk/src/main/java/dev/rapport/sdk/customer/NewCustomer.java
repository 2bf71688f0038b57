package dev.rapport.sdk.customer;

import java.util.List;
import java.util.Set;

/**
 * A customer to create through {@link CustomerEditor}. The kernel validates it with the same rules as its own
 * form: persons need a last name, organisations a name; language, currency and time zone are required;
 * emails, phones and addresses must be well-formed. The first email, phone and address are the primary ones;
 * all are stored with the label "work".
 *
 * @param kind person or organisation
 * @param firstName a person's first name, or null
 * @param lastName a person's last name; null for organisations
 * @param organisationName an organisation's name; null for persons
 * @param stage the lifecycle stage, usually {@link LifecycleStage#CUSTOMER} or {@link LifecycleStage#PROSPECT}
 * @param ownerId the owning user, or null
 * @param preferredLanguage a BCP 47 language tag, e.g. {@code de-CH}
 * @param currency an ISO 4217 code, e.g. {@code CHF}
 * @param timeZone an IANA zone id, e.g. {@code Europe/Zurich}
 * @param marketingConsent whether the customer agreed to receive marketing
 * @param emails email addresses, at most 10
 * @param phones phone numbers, at most 10
 * @param addresses postal addresses, at most 10
 * @param tags tags, at most 20
 * @param notes free text, or null
 * @param contacts contact persons of an organisation; must be empty for persons
 * @since 1.2.0
 */
public record NewCustomer(CustomerKind kind, String firstName, String lastName, String organisationName,
                          LifecycleStage stage, Long ownerId, String preferredLanguage, String currency,
                          String timeZone, boolean marketingConsent, List<String> emails, List<String> phones,
                          List<NewAddress> addresses, Set<String> tags, String notes, List<NewContact> contacts) {

    /** Copies the lists and the set; null means empty. */
    public NewCustomer {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
