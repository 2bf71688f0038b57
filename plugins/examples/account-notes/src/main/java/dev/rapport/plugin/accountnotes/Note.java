package dev.rapport.plugin.accountnotes;

import java.time.Instant;

/** A note on a customer. */
public record Note(long id, long customerId, String body, boolean pinned, Instant createdAt) {
}
