package dev.rapport.testkit;

import dev.rapport.sdk.customer.ContactInfo;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.NewAddress;
import java.util.List;

/**
 * A customer as the kernel stores it, beyond what the SDK's {@link CustomerInfo} shows: every email, phone and
 * address, the notes and the contact persons, for tests that check what a plugin wrote through the customer editor.
 *
 * @param info      the customer as the SDK shows it
 * @param emails    every email address, primary first
 * @param phones    every phone number (normalised by the kernel), primary first
 * @param addresses every postal address
 * @param notes     the notes, or null
 * @param contacts  the contact persons of an organisation
 * @since 1.3.0
 */
public record StoredCustomer(CustomerInfo info, List<String> emails, List<String> phones, List<NewAddress> addresses,
                             String notes, List<ContactInfo> contacts) {
}
