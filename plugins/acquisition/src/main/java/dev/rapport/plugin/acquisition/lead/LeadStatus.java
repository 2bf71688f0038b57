package dev.rapport.plugin.acquisition.lead;

/** Where a lead stands on its way to becoming a customer. */
public enum LeadStatus {
    /** Captured, nobody has been in touch yet. */
    NEW,
    /** Someone of the company reached them. */
    CONTACTED,
    /** Worth pursuing: the score reached the threshold, or someone qualified it by hand. */
    QUALIFIED,
    /** Not worth pursuing, with a reason. */
    DISQUALIFIED,
    /** Became a customer; the lead is closed. */
    CONVERTED;

    /** Whether the lead can still be worked (edited, scored, assigned, converted). */
    public boolean isOpen() {
        return this != DISQUALIFIED && this != CONVERTED;
    }
}
