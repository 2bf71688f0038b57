package dev.rapport.platform.customer;

/** What an email address, phone number or postal address is for. */
public enum ContactLabel {
    WORK, HOME, MOBILE, BILLING, SHIPPING, OTHER
}
