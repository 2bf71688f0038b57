package dev.rapport.platform.customer;

/** What a user enters for a contact person. */
public record ContactPersonDraft(String firstName, String lastName, String jobTitle, String email, String phone) {
}
