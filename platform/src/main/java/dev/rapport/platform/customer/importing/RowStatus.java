package dev.rapport.platform.customer.importing;

/** What becomes of a row. */
public enum RowStatus {
    VALID, INVALID, DUPLICATE
}
