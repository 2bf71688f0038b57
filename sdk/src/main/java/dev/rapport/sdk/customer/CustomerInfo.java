package dev.rapport.sdk.customer;

import java.time.Instant;
import java.util.Set;

/**
 * A customer as plugins see it: identity, stage, owner and the data to reach them.
 *
 * @param id the customer's id
 * @param kind person or organisation
 * @param displayName "First Last" for persons, the organisation's name for organisations
 * @param stage prospect, customer or former customer
 * @param ownerId the id of the user who owns the customer, or null
 * @param primaryEmail the first email address, or null
 * @param primaryPhone the first phone number in international format, or null
 * @param preferredLanguage a BCP 47 language tag, e.g. {@code de-CH}
 * @param currency an ISO 4217 code, e.g. {@code EUR}
 * @param timeZone an IANA time zone id, e.g. {@code Europe/Zurich}
 * @param marketingConsent whether the customer agreed to receive marketing
 * @param tags the customer's tags
 * @param createdAt when the record was created
 * @since 1.0.0
 */
public record CustomerInfo(long id, CustomerKind kind, String displayName, LifecycleStage stage, Long ownerId,
                           String primaryEmail, String primaryPhone, String preferredLanguage, String currency,
                           String timeZone, boolean marketingConsent, Set<String> tags, Instant createdAt) {

    /** Copies {@code tags}. */
    public CustomerInfo {
        tags = Set.copyOf(tags);
    }
}
