package dev.rapport.sdk.segment;

/**
 * What {@link Segments#save} stores: a new segment (id 0) or a change of one (its id and the version read).
 *
 * @param id the segment's id, or 0 for a new one
 * @param name a unique name, at most 100 characters
 * @param description what the segment is for, at most 500 characters, or null
 * @param shared whether every user sees the segment; otherwise only its creator (and the system)
 * @param filter which customers it holds
 * @param version the version read, for optimistic locking (0 for a new segment)
 * @since 1.3.0
 */
public record SegmentDefinition(long id, String name, String description, boolean shared, SegmentFilter filter,
                                int version) {

    /** A null filter means every customer. */
    public SegmentDefinition {
        filter = filter == null ? SegmentFilter.ALL : filter;
    }

    /**
     * A new shared segment.
     *
     * @param name its name
     * @param filter its filter
     * @return the definition
     */
    public static SegmentDefinition newShared(String name, SegmentFilter filter) {
        return new SegmentDefinition(0, name, null, true, filter, 0);
    }
}
