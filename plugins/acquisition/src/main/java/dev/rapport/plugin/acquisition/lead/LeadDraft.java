package dev.rapport.plugin.acquisition.lead;

import java.util.Set;

/**
 * What someone enters for a lead (in the form, a CSV row, a web form), before validation.
 *
 * @param countryCode ISO 3166 alpha-2, or null
 * @param preferredLanguage a BCP 47 tag, or null
 * @param campaignId the campaign the lead answered, or null
 * @param productIds the catalogue products the lead is interested in
 */
public record LeadDraft(String firstName, String lastName, String company, String jobTitle, String email, String phone,
                        String street, String postalCode, String city, String countryCode, String preferredLanguage,
                        boolean marketingConsent, LeadSource source, String sourceDetail, Long campaignId, String notes,
                        Set<Long> productIds) {

    public LeadDraft {
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
    }

    /** An empty draft of {@code source}, for forms. */
    public static LeadDraft empty(LeadSource source) {
        return new LeadDraft(null, null, null, null, null, null, null, null, null, null, null, false, source, null, null,
                null, Set.of());
    }

    /** The draft of a stored lead, for editing it. */
    public static LeadDraft of(Lead lead, Set<Long> productIds) {
        return new LeadDraft(lead.firstName(), lead.lastName(), lead.company(), lead.jobTitle(), lead.email(),
                lead.phone(), lead.street(), lead.postalCode(), lead.city(), lead.countryCode(),
                lead.preferredLanguage(), lead.marketingConsent(), lead.source(), lead.sourceDetail(),
                lead.campaignId(), lead.notes(), productIds);
    }
}
