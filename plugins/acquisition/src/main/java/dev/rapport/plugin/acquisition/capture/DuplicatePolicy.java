package dev.rapport.plugin.acquisition.capture;

/** What a capture does when the duplicate check finds matches. */
public enum DuplicatePolicy {
    /** Store nothing and report the matches, so a person can decide (the form's first save). */
    REPORT,
    /** Store the lead, flagged with the best lead and customer match (the form after the person confirmed). */
    FLAG,
    /** Refuse a lead whose email address another lead has; flag other matches (imports: no double leads). */
    REFUSE_LEAD_WITH_SAME_EMAIL,
    /** Update the open lead with the same email address instead of storing a second one (web forms, responses). */
    UPDATE_OPEN_LEAD_WITH_SAME_EMAIL
}
