package dev.rapport.sdk.segment;

import java.time.Instant;

/**
 * A saved segment.
 *
 * @param id its id
 * @param name its unique name
 * @param description what it is for, or null
 * @param createdBy the id of the user who created it, or null when a plugin or the system did
 * @param shared whether every user sees it
 * @param filter which customers it holds
 * @param version its version, to pass back when saving a change
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @since 1.3.0
 */
public record SegmentInfo(long id, String name, String description, Long createdBy, boolean shared,
                          SegmentFilter filter, int version, Instant createdAt, Instant updatedAt) {

    /**
     * This segment as a definition to change and {@link Segments#save save}.
     *
     * @return the definition, with this version
     */
    public SegmentDefinition toDefinition() {
        return new SegmentDefinition(id, name, description, shared, filter, version);
    }
}
