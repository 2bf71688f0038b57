package dev.rapport.sdk.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An event read by its type name and fields, without the class of the plugin that published it: what an
 * {@link dev.rapport.sdk.extension.EventTypeListener} receives. The fields are the event record's components as
 * stored (JSON): text as {@link String}, every number as {@link BigDecimal}, {@link Boolean}, lists, nested maps, and
 * times and dates as ISO-8601 text; read them with the typed getters, which convert.
 *
 * <p>A publisher may add fields in a later version and a reader must not mind; a field that is missing or null reads
 * as empty. A field that holds something else than the getter expects (text where a number was expected) is a broken
 * contract between plugins: the getter throws {@link IllegalStateException} naming the field, so the delivery fails,
 * is retried, and is parked for an administrator rather than misread.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @since 1.3.0
 */
public final class EventPayload {

    private final String type;
    private final Map<String, Object> fields;

    /**
     * @param type the public type name {@code <source>.<event name>}, e.g. {@code service.RequestOpened}
     * @param fields the event's fields by name (copied; null values are kept as missing)
     * @throws IllegalArgumentException if {@code type} is not of that form
     */
    public EventPayload(String type, Map<String, ?> fields) {
        Objects.requireNonNull(type, "type");
        int dot = type.indexOf('.');
        if (dot <= 0 || dot == type.length() - 1) {
            throw new IllegalArgumentException("An event type is named <source>.<event name>, not '" + type + "'");
        }
        this.type = type;
        Map<String, Object> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value);
            }
        });
        this.fields = Collections.unmodifiableMap(copy);
    }

    /** The public type name, e.g. {@code service.RequestOpened}. */
    public String type() {
        return type;
    }

    /** Who published it: {@code kernel} or a plugin id (the part of {@link #type()} before the dot). */
    public String source() {
        return type.substring(0, type.indexOf('.'));
    }

    /** The event's name without its source, e.g. {@code RequestOpened}. */
    public String name() {
        return type.substring(type.indexOf('.') + 1);
    }

    /** Every field, by name, as stored; unmodifiable. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** Whether the field is present and not null. */
    public boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The customer the event concerns ({@code customerId} field), if any. */
    public Optional<Long> customerId() {
        return whole("customerId");
    }

    /** A text field. */
    public Optional<String> text(String field) {
        return value(field, String.class, "text");
    }

    /** A number field, exact. */
    public Optional<BigDecimal> decimal(String field) {
        return value(field, BigDecimal.class, "a number");
    }

    /** A whole-number field (an id, a count). */
    public Optional<Long> whole(String field) {
        return decimal(field).map(number -> {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw wrongType(field, "a whole number");
            }
        });
    }

    /** A true/false field. */
    public Optional<Boolean> flag(String field) {
        return value(field, Boolean.class, "true or false");
    }

    /** A point in time, stored as ISO-8601 text ({@code 2026-12-07T09:30:00Z}). */
    public Optional<Instant> instant(String field) {
        return text(field).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw wrongType(field, "a point in time");
            }
        });
    }

    /** A calendar date, stored as ISO-8601 text ({@code 2026-12-07}). */
    public Optional<LocalDate> date(String field) {
        return text(field).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw wrongType(field, "a date");
            }
        });
    }

    private <T> Optional<T> value(String field, Class<T> type, String expected) {
        Object value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Number number && type == BigDecimal.class && !(value instanceof BigDecimal)) {
            return Optional.of(type.cast(new BigDecimal(number.toString())));
        }
        if (!type.isInstance(value)) {
            throw wrongType(field, expected);
        }
        return Optional.of(type.cast(value));
    }

    private IllegalStateException wrongType(String field, String expected) {
        return new IllegalStateException("The field '" + field + "' of the event " + type + " is not " + expected
                + ": " + fields.get(field));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventPayload payload && payload.type.equals(type) && payload.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, fields);
    }

    @Override
    public String toString() {
        return type + fields;
    }
}
