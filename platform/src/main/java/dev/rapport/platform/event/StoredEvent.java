package dev.rapport.platform.event;

import java.time.Instant;

/** A row of the outbox. */
record StoredEvent(long id, String type, Long customerId, String payload, String source, Instant publishedAt) {
}
