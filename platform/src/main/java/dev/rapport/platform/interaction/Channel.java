package dev.rapport.platform.interaction;

/** The ways a customer and the company are in contact. Every one of them is logged (zero leakage). */
public enum Channel {
    PHONE, EMAIL, MEETING, WEB, CHAT, LETTER, STORE, FIELD_VISIT
}
