package dev.rapport.plugin.acquisition.lead;

/**
 * A lead or customer that may be the same person or company as a lead being captured.
 *
 * @param kind a lead or a customer
 * @param id the lead's or customer's id
 * @param displayName its name, to show
 * @param reason what matched: the email address, the phone number or the name
 */
public record DuplicateMatch(Kind kind, long id, String displayName, Reason reason) {

    /** What the match is. */
    public enum Kind {
        LEAD, CUSTOMER
    }

    /** Why it matched, strongest first. */
    public enum Reason {
        EMAIL, PHONE, NAME
    }
}
