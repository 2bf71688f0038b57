package dev.rapport.platform.persistence;

import java.time.Duration;
import java.time.Instant;

/**
 * A lease as its holder last saw it: {@code holder} leads the work named {@code name} until {@code expiresAt}, by the
 * clocks of the nodes (kept in step, e.g. by NTP). {@code token} grows at every takeover: writes fenced by the lease
 * ({@link LeaseStore#stillHeld}) name it, so a holder that lost the lease cannot write as if it still held it.
 */
public record Lease(String name, String holder, long token, Instant expiresAt) {

    /** The time left at {@code now}; negative once the lease has ended. */
    public Duration remainingAt(Instant now) {
        return Duration.between(now, expiresAt);
    }
}
