package dev.rapport.platform.customer;

/** A phone number of a customer, as entered; the service stores it normalised to international format. */
public record PhoneNumber(ContactLabel label, String number) {
}
