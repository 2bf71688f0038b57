package dev.rapport.sdk.customer;

/**
 * A customer is a person, or an organisation that has contact persons.
 *
 * @since 1.0.0
 */
public enum CustomerKind {
    /** A private person. */
    PERSON,
    /** A company or other organisation; the people the company deals with there are its contact persons. */
    ORGANISATION
}
