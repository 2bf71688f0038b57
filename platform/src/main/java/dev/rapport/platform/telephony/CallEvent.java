package dev.rapport.platform.telephony;

import dev.rapport.sdk.interaction.Direction;
import java.time.Instant;

/**
 * A call a phone system reports.
 *
 * @param number the other party's number, international (+49 …) or in the configured default region's format
 * @param agent the username of the agent who took or made the call, or null
 */
public record CallEvent(String number, Direction direction, Instant start, Instant end, String agent) {
}
