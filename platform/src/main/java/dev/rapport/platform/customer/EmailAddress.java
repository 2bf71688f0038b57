package dev.rapport.platform.customer;

/** An email address of a customer; the first one of the list is the primary one. */
public record EmailAddress(ContactLabel label, String address) {
}
