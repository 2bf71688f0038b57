package dev.rapport.platform.interaction;

import java.time.Instant;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;

/**
 * A logged contact. Never changed or deleted: a correction is a new interaction whose {@code correctsId}
 * points at the one it corrects, and {@code correctedById} points back.
 */
public record Interaction(long id, long customerId, Long contactId, Channel channel, Direction direction,
                          String subject, String notes, Outcome outcome, Instant occurredAt, Long recordedBy,
                          Instant recordedAt, String source, Long correctsId, Long correctedById) {

    public boolean isCorrected() {
        return correctedById != null;
    }
}
