package dev.rapport.sdk.interaction;

import java.time.Instant;

/**
 * A logged contact. Entries are never changed or deleted; a correction is a new entry whose
 * {@code correctsId} names the entry it corrects.
 *
 * @param id the entry's id
 * @param customerId the customer
 * @param contactId the contact person, or null
 * @param channel how the contact happened
 * @param direction who started it
 * @param subject the subject
 * @param notes the notes, or null
 * @param outcome how it ended
 * @param occurredAt when it happened
 * @param source who logged it: {@code kernel} for people in the web application, else a plugin id
 * @param recordedBy the id of the user who logged it, or null when a plugin or the system did
 * @param correctsId the entry this one corrects, or null
 * @since 1.0.0
 */
public record InteractionInfo(long id, long customerId, Long contactId, Channel channel, Direction direction,
                              String subject, String notes, Outcome outcome, Instant occurredAt, String source,
                              Long recordedBy, Long correctsId) {
}
