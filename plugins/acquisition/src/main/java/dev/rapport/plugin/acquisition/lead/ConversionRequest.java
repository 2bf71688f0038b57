package dev.rapport.plugin.acquisition.lead;

import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;

/** What a lead becomes: a new customer, or part of an existing one. */
public sealed interface ConversionRequest {

    /**
     * A new customer: an organisation (with the lead's person as its contact) or a person.
     *
     * @param ownerId the customer's owner, or null
     */
    record ToNewCustomer(CustomerKind kind, LifecycleStage stage, String preferredLanguage, String currency,
                         String timeZone, Long ownerId) implements ConversionRequest {
    }

    /** Adds the lead's email, phone (and, for an organisation, the person as a contact) to an existing customer. */
    record IntoExistingCustomer(long customerId) implements ConversionRequest {
    }
}
