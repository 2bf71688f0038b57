package dev.rapport.platform.validation;

import java.time.Instant;

/**
 * Someone saved the record after the caller read it (optimistic locking); nothing was written. The caller
 * should reload and reapply its change.
 */
public final class ConcurrentEditException extends RuntimeException {

    private final long recordId;
    private final Instant changedAt;
    private final String changedBy;

    public ConcurrentEditException(String recordType, long recordId, Instant changedAt, String changedBy) {
        super(recordType + " " + recordId + " was changed by " + changedBy + " at " + changedAt);
        this.recordId = recordId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
    }

    public long recordId() {
        return recordId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    /** Who saved the newer version, when known; otherwise an empty string. */
    public String changedBy() {
        return changedBy;
    }
}
