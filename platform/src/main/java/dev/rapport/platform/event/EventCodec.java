package dev.rapport.platform.event;

import dev.rapport.sdk.event.DomainEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
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

    /**
     * The fields of a stored event without its class: text, {@link BigDecimal} for every number, booleans, and
     * lists and maps of these.
     */
    Map<String, Object> fields(String json) {
        try {
            Map<String, Object> read = mapper.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) exactNumbers(read);
            return fields;
        } catch (JacksonException e) {
            throw new IllegalStateException("A stored event cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static Object exactNumbers(Object value) {
        return switch (value) {
            case Number number when !(number instanceof BigDecimal) -> new BigDecimal(number.toString());
            case Map<?, ?> map -> {
                Map<Object, Object> copy = new LinkedHashMap<>();
                map.forEach((key, item) -> copy.put(key, exactNumbers(item)));
                yield copy;
            }
            case List<?> list -> {
                List<Object> copy = new ArrayList<>(list.size());
                list.forEach(item -> copy.add(exactNumbers(item)));
                yield copy;
            }
            case null, default -> value;
        };
    }

    <T extends DomainEvent> T decode(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("A stored " + type.getName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
