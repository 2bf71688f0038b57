package dev.rapport.platform.customer;

/** A person at an organisation customer whom the company deals with. */
public record ContactPerson(long id, long customerId, String firstName, String lastName, String jobTitle,
                            String email, String phone, boolean active) {

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }
}
