package dev.rapport.platform.customer;

/** A customer is a person, or an organisation that has contact persons. */
public enum CustomerKind {
    PERSON, ORGANISATION
}
