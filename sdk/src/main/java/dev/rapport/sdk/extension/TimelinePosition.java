package dev.rapport.sdk.extension;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a page of a {@link CustomerTimeline} continues: entries strictly older than this position, in the order
 * newest first by time, then by id (higher first).
 *
 * @param occurredAt the time of the last entry already shown
 * @param id the id of that entry; {@link Long#MAX_VALUE} to include every entry at {@code occurredAt},
 *           {@link Long#MIN_VALUE} to include none of them
 * @since 1.3.0
 */
public record TimelinePosition(Instant occurredAt, long id) {

    /**
     * Checks the position.
     *
     * @throws NullPointerException if {@code occurredAt} is null
     */
    public TimelinePosition {
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /**
     * Whether an entry comes after this position in the timeline's order (is older).
     *
     * @param entryAt the entry's time
     * @param entryId the entry's id
     * @return true if the entry belongs to a page that continues after this position
     */
    public boolean precedes(Instant entryAt, long entryId) {
        int byTime = entryAt.compareTo(occurredAt);
        return byTime < 0 || (byTime == 0 && entryId < id);
    }
}
