package dev.rapport.sdk.customer;

/**
 * A contact person to add to an organisation customer.
 *
 * @param firstName first name
 * @param lastName last name
 * @param jobTitle job title, or null
 * @param email email address, or null
 * @param phone phone number, or null; numbers without {@code +} are read as numbers of the organisation's country
 * @since 1.2.0
 */
public record NewContact(String firstName, String lastName, String jobTitle, String email, String phone) {
}
