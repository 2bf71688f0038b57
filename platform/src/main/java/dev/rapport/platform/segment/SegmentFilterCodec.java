package dev.rapport.platform.segment;

import dev.rapport.sdk.segment.SegmentFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A segment's filter as the JSON document stored in {@code segment.filter_json}. Unknown properties are ignored
 * and missing ones read as "any", so a document written by a newer kernel (a new kind of condition) still reads.
 */
final class SegmentFilterCodec {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private SegmentFilterCodec() {
    }

    static String encode(SegmentFilter filter) {
        return MAPPER.writeValueAsString(filter);
    }

    static SegmentFilter decode(String json) {
        try {
            return MAPPER.readValue(json, SegmentFilter.class);
        } catch (JacksonException e) {
            throw new IllegalStateException("A stored segment filter cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
