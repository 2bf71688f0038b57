package dev.rapport.platform.user;

/** A person who works in Rapport: owns customers, records interactions, gets tasks. */
public record User(long id, String username, String displayName, String email, boolean active) {
}
