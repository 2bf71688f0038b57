package dev.rapport.sdk.extension;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry a plugin adds to a customer's timeline.
 *
 * @param id the entry's id in the plugin (e.g. the row id of its table); unique within the plugin's entries of
 *           one customer at one instant, used with {@code occurredAt} as the paging position
 * @param occurredAt when it happened
 * @param kind what kind of entry it is, translated, e.g. "Service request"
 * @param subject the line to read, e.g. "Printer jams: opened"
 * @param detail a short second column, e.g. "High priority", or null
 * @param notes longer text shown when the entry is opened, or null
 * @param link a path inside the application to open the record, starting with the plugin's id (e.g.
 *             {@code service/requests/42}), or null; a path of another plugin or of the kernel is ignored
 * @since 1.3.0
 */
public record TimelineItem(long id, Instant occurredAt, String kind, String subject, String detail, String notes,
                           String link) {

    /**
     * Checks the entry.
     *
     * @throws NullPointerException if {@code occurredAt}, {@code kind} or {@code subject} is null
     */
    public TimelineItem {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
    }
}
