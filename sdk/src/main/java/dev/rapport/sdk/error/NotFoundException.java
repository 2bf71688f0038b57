package dev.rapport.sdk.error;

/**
 * A record asked for by id does not exist, or no longer exists.
 *
 * @since 1.0.0
 */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Reports a missing record.
     *
     * @param recordType what was looked for, e.g. {@code Customer}
     * @param id the id asked for
     */
    public NotFoundException(String recordType, long id) {
        this(recordType, String.valueOf(id));
    }

    /**
     * Reports a missing record whose id is not even a number (e.g. typed into an address).
     *
     * @param recordType what was looked for, e.g. {@code Customer}
     * @param id the id asked for, as given
     */
    public NotFoundException(String recordType, String id) {
        super(recordType + " " + id + " does not exist");
    }
}
