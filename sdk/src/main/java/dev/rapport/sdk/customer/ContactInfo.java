package dev.rapport.sdk.customer;

/**
 * A contact person at an organisation customer.
 *
 * @param id the contact's id
 * @param customerId the organisation's customer id
 * @param firstName first name
 * @param lastName last name
 * @param jobTitle job title, or null
 * @param email email address, or null
 * @param phone phone number in international format, or null
 * @param active false once the person has left the organisation
 * @since 1.0.0
 */
public record ContactInfo(long id, long customerId, String firstName, String lastName, String jobTitle, String email,
                          String phone, boolean active) {
}
