package dev.rapport.plugin.acquisition.lead;

import java.time.Instant;

/**
 * A stored lead: a person and/or company who may become a customer. Also the keyset cursor of the lead list.
 *
 * @param phone in international format, as the kernel stores customers' numbers
 * @param possibleDuplicateLeadId an older lead the duplicate check found at capture, or null
 * @param possibleDuplicateCustomerId a customer the duplicate check found at capture, or null
 * @param customerId the customer it was converted into, or null
 */
public record Lead(long id, String firstName, String lastName, String company, String jobTitle, String email,
                   String phone, String street, String postalCode, String city, String countryCode,
                   String preferredLanguage, boolean marketingConsent, LeadSource source, String sourceDetail,
                   Long campaignId, String notes, LeadStatus status, String disqualifyReason, int score, Long ownerId,
                   Long departmentId, Long possibleDuplicateLeadId, Long possibleDuplicateCustomerId, Long customerId,
                   Instant capturedAt, Instant firstContactAt, Instant qualifiedAt, Instant convertedAt, int version) {

    /** "First Last (Company)", or whichever of them there is. */
    public String displayName() {
        String person = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        if (company == null) {
            return person;
        }
        return person.isEmpty() ? company : person + " (" + company + ")";
    }

    /** A person's name, without the company; empty when the lead names only a company. */
    public String personName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
    }
}
