package dev.rapport.platform.mail;

/** A prepared mail to customers; {@code {{firstName}}}-style placeholders take the customer's fields. */
public record EmailTemplate(long id, String name, String subject, String body) {
}
