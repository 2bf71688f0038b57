package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.interaction.InteractionInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The customer's last contact before an event: the newest interaction that happened before it, other than the
 * interaction the event itself logged. The customer's newest interactions are read through the SDK once, and only
 * when a rule asks (few rules have the condition).
 */
public final class LastContact {

    /** How many of the customer's newest interactions are looked at. */
    public static final int LOOKED_AT = 50;

    private final Instant at;
    private final Long eventInteractionId;
    private final Supplier<List<InteractionInfo>> newestFirst;
    private List<InteractionInfo> read;

    /**
     * @param at when the event happened
     * @param eventInteractionId the interaction the event logged (not a contact before it); null for other events
     * @param newestFirst the customer's newest interactions (at most {@link #LOOKED_AT}), newest first
     */
    public LastContact(Instant at, Long eventInteractionId, Supplier<List<InteractionInfo>> newestFirst) {
        this.at = at;
        this.eventInteractionId = eventInteractionId;
        this.newestFirst = newestFirst;
    }

    /**
     * Whether at least {@code days} whole days lie between the last contact and the event. A customer never contacted
     * before passes; one whose {@value #LOOKED_AT} newest interactions all came after the event does not (busy, so
     * not quiet).
     */
    public boolean quietFor(int days) {
        if (read == null) {
            read = newestFirst.get();
        }
        for (InteractionInfo interaction : read) {
            if (!Objects.equals(interaction.id(), eventInteractionId) && !interaction.occurredAt().isAfter(at)) {
                return Duration.between(interaction.occurredAt(), at).toDays() >= days;
            }
        }
        return read.size() < LOOKED_AT;
    }
}
