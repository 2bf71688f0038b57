package dev.rapport.platform.demo;

import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.PhoneNumbers;
import dev.rapport.platform.customer.Transaction;
import dev.rapport.platform.interaction.Interaction;
import java.util.List;

/**
 * One generated customer with everything that hangs off it, in the platform's domain types.
 *
 * @param phones the customer's phone numbers normalised, in the order of {@code customer.details().phones()}
 * @param createdBy the user who created the record
 * @param firstEmailId the id of the first email; the others follow in order (likewise for phones and addresses)
 */
record DemoCustomer(Customer customer, List<PhoneNumbers.Normalised> phones, long createdBy, long firstEmailId,
                    long firstPhoneId, long firstAddressId, List<ContactPerson> contacts,
                    List<Interaction> interactions, List<Transaction> transactions) {
}
