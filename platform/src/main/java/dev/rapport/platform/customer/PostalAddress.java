package dev.rapport.platform.customer;

/** A postal address; {@code countryCode} is ISO 3166-1 alpha-2. */
public record PostalAddress(ContactLabel label, String street, String postalCode, String city, String region,
                            String countryCode) {
}
