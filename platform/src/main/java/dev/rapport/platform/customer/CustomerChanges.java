package dev.rapport.platform.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What differs between two versions of a customer's details, field by field (for events and the audit log). */
public final class CustomerChanges {

    /** One changed field with its old and new value as text. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    private record Field(String name, Function<CustomerDraft, Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("kind", CustomerDraft::kind),
            new Field("firstName", d -> blankToNull(d.firstName())),
            new Field("lastName", d -> blankToNull(d.lastName())),
            new Field("organisationName", d -> blankToNull(d.organisationName())),
            new Field("stage", CustomerDraft::stage),
            new Field("ownerId", CustomerDraft::ownerId),
            new Field("preferredLanguage", CustomerDraft::preferredLanguage),
            new Field("currency", CustomerDraft::currency),
            new Field("timeZone", CustomerDraft::timeZone),
            new Field("marketingConsent", CustomerDraft::marketingConsent),
            new Field("emails", CustomerDraft::emails),
            new Field("phones", CustomerDraft::phones),
            new Field("addresses", CustomerDraft::addresses),
            new Field("tags", d -> new java.util.TreeSet<>(d.tags())),
            new Field("notes", d -> blankToNull(d.notes())));

    private CustomerChanges() {
    }

    /** The fields whose values differ between {@code before} and {@code after}, in form order. */
    public static List<FieldChange> between(CustomerDraft before, CustomerDraft after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            Object old = field.value().apply(before);
            Object current = field.value().apply(after);
            if (!Objects.equals(old, current)) {
                changes.add(new FieldChange(field.name(), text(old), text(current)));
            }
        }
        return changes;
    }

    /** A value as a person reads it: addresses with their label, lists joined, an empty list as a dash. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.util.Collection<?> values) {
            return values.isEmpty() ? "—" : values.stream().map(CustomerChanges::item)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        return item(value);
    }

    private static String item(Object value) {
        return switch (value) {
            case EmailAddress email -> email.address() + " (" + label(email.label()) + ")";
            case PhoneNumber phone -> phone.number() + " (" + label(phone.label()) + ")";
            case PostalAddress address -> java.util.stream.Stream.of(address.street(),
                            joined(address.postalCode(), address.city()), address.region(), address.countryCode())
                    .filter(part -> part != null && !part.isBlank())
                    .collect(java.util.stream.Collectors.joining(" / ")) + " (" + label(address.label()) + ")";
            default -> value.toString();
        };
    }

    private static String joined(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }

    private static String label(ContactLabel label) {
        return label == null ? "other" : label.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
