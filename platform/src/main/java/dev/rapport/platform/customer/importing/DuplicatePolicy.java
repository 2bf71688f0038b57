package dev.rapport.platform.customer.importing;

/** What happens to a row sharing an email address or phone number with a customer or with an earlier row. */
public enum DuplicatePolicy {
    /** The row is skipped and reported as a duplicate (the default). */
    SKIP,
    /** The row is imported all the same; nothing is compared. */
    IMPORT_ANYWAY
}
