package dev.rapport.platform.event;

import dev.rapport.sdk.event.DomainEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Event records to JSON and back. Amounts stay exact (BigDecimal), times are ISO-8601 text.
 */
final class EventCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    String encode(DomainEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The event " + event.getClass().getName()
                    + " cannot be stored as JSON: " + e.getOriginalMessage(), e);
        }
    }

    <T extends DomainEvent> T decode(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("A stored " + type.getName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
