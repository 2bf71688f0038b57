package dev.rapport.sdk.customer;

/**
 * A postal address of a customer to create.
 *
 * @param street street and number, at most 200 characters
 * @param postalCode the postal code, or null
 * @param city the city, at most 100 characters
 * @param region a state or canton, or null
 * @param countryCode ISO 3166 alpha-2, e.g. {@code CH}
 * @since 1.2.0
 */
public record NewAddress(String street, String postalCode, String city, String region, String countryCode) {
}
