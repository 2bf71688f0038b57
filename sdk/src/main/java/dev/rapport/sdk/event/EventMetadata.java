package dev.rapport.sdk.event;

import java.time.Instant;

/**
 * Facts about one delivery of an event.
 *
 * @param sequence the event's position in the outbox; unique and increasing, so a listener that remembers
 *        the sequences it handled can ignore a repeated delivery
 * @param type the event's type name, e.g. {@code kernel.CustomerCreated} or {@code acquisition.LeadConverted}
 * @param publishedAt when the event was written
 * @param source who published it: {@code kernel} or a plugin id
 * @param attempt 1 for the first delivery to this listener, higher for retries and replays
 * @since 1.0.0
 */
public record EventMetadata(long sequence, String type, Instant publishedAt, String source, int attempt) {
}
