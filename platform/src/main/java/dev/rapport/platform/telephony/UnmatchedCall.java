package dev.rapport.platform.telephony;

import dev.rapport.sdk.interaction.Direction;
import java.time.Duration;
import java.time.Instant;

/** A reported call whose number matched no customer, waiting for an agent to assign it. */
public record UnmatchedCall(long id, String number, Direction direction, Instant start, Instant end, Long agentUserId) {

    public Duration duration() {
        return Duration.between(start, end);
    }
}
