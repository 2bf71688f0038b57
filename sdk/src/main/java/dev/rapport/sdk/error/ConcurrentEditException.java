package dev.rapport.sdk.error;

import java.time.Instant;

/**
 * Someone saved the record after the caller read it (optimistic locking) and nothing was written. The
 * caller reloads the record and applies its change again.
 *
 * @since 1.0.0
 */
public final class ConcurrentEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long recordId;
    private final transient Instant changedAt;
    private final String changedBy;

    /**
     * Reports a lost race.
     *
     * @param recordType what was saved, e.g. {@code Customer}
     * @param recordId its id
     * @param changedAt when the newer version was saved
     * @param changedBy who saved it, or an empty string when unknown
     */
    public ConcurrentEditException(String recordType, long recordId, Instant changedAt, String changedBy) {
        super(recordType + " " + recordId + " was changed by " + changedBy + " at " + changedAt);
        this.recordId = recordId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    /**
     * The record's id.
     *
     * @return the id
     */
    public long recordId() {
        return recordId;
    }

    /**
     * When the newer version was saved.
     *
     * @return the time
     */
    public Instant changedAt() {
        return changedAt;
    }

    /**
     * Who saved the newer version.
     *
     * @return a display name, or an empty string when unknown
     */
    public String changedBy() {
        return changedBy;
    }
}
