package dev.rapport.plugin.acquisition.assignment;

/** Which leads an assignment rule takes. */
public enum AssignmentKind {
    /** Leads from one of the rule's countries. */
    TERRITORY,
    /** Leads interested in the rule's product. */
    PRODUCT_INTEREST,
    /** Every lead: the catch-all at the end of the list. */
    ANY
}
