package dev.rapport.plugin.acquisition.scoring;

/**
 * The lead fields a scoring rule can look at, and how it compares the rule's value (blank value: the field is
 * filled in).
 */
public enum LeadField {
    /** Equals the source's name, e.g. {@code TRADE_SHOW}. */
    SOURCE,
    /** One of a comma-separated list of country codes, e.g. {@code CH, DE, AT}. */
    COUNTRY,
    /** The lead is interested in the product with this code. */
    PRODUCT_INTEREST,
    /** The company name contains the value. */
    COMPANY,
    /** The job title contains one of the comma-separated words, e.g. {@code director, head, chief}. */
    JOB_TITLE,
    /** The email address is at this domain, e.g. {@code gmail.com}. */
    EMAIL_DOMAIN,
    /** A phone number is known. */
    PHONE,
    /** The lead agreed to receive marketing. */
    MARKETING_CONSENT
}
