package dev.rapport.sdk.customer;

import java.util.List;
import java.util.Set;

/**
 * What {@link CustomerEditor#addContactDetails} adds to an existing customer: the email addresses, phone
 * numbers and tags the customer does not have yet, and optionally a contact person (organisations only).
 *
 * @param emails email addresses; those the customer has already (case-insensitively) are skipped
 * @param phones phone numbers; those the customer has already (as normalised numbers) are skipped
 * @param tags tags; those the customer has already are skipped
 * @param contact a contact person to add to an organisation, or null
 * @since 1.2.0
 */
public record ContactDetails(List<String> emails, List<String> phones, Set<String> tags, NewContact contact) {

    /** Copies the lists and the set; null means empty. */
    public ContactDetails {
        emails = emails == null ? List.of() : List.copyOf(emails);
        phones = phones == null ? List.of() : List.copyOf(phones);
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
