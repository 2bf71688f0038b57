package dev.rapport.platform.mail;

/** How a connection to a mail server is protected. */
public enum MailSecurity {
    /** TLS from the first byte (IMAPS 993, SMTPS 465). */
    TLS,
    /** A plain connection upgraded with STARTTLS before signing in; refused when the server cannot. */
    STARTTLS,
    /** No encryption: only for a server on the same machine or in tests. */
    NONE
}
