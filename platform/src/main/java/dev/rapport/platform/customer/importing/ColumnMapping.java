package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.ContactLabel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Which customer field each CSV column fills: {@code fields.get(i)} for column {@code i}, null when the
 * column is ignored. A field that is not {@link ImportField#repeatable() repeatable} is filled by one column at most.
 */
public record ColumnMapping(List<String> headers, List<ImportField> fields) {

    public ColumnMapping {
        headers = List.copyOf(headers);
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
        if (headers.size() != fields.size()) {
            throw new IllegalArgumentException(headers.size() + " columns but " + fields.size() + " fields");
        }
        for (ImportField field : ImportField.values()) {
            if (!field.repeatable() && Collections.frequency(fields, field) > 1) {
                throw new IllegalArgumentException(field + " is mapped to more than one column");
            }
        }
    }

    /**
     * The mapping proposed from the header names: a header that is a known name of a field (English or German,
     * ignoring case, spaces, punctuation and a trailing number such as "Email 2") maps to it; so does any header
     * mentioning mail or a phone. The first column wins a field only one column may fill.
     */
    public static ColumnMapping propose(List<String> headers) {
        List<ImportField> fields = new ArrayList<>(headers.size());
        for (String header : headers) {
            ImportField field = guess(normalise(header));
            fields.add(field != null && !field.repeatable() && fields.contains(field) ? null : field);
        }
        return new ColumnMapping(headers, fields);
    }

    private static ImportField guess(String name) {
        String withoutNumber = name.replaceFirst("\\d+$", "");
        for (ImportField field : ImportField.values()) {
            if (field.isNamed(name) || field.isNamed(withoutNumber)) {
                return field;
            }
        }
        if (name.contains("mail")) {
            return ImportField.EMAIL;
        }
        if (!name.contains("fax") && (name.contains("phone") || name.contains("telefon") || name.contains("mobil")
                || name.contains("handy"))) {
            return ImportField.PHONE;
        }
        return null;
    }

    /** Lower case, umlauts spelt out, only letters and digits: "E-Mail (privat)" is "emailprivat". */
    static String normalise(String header) {
        return header.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss").replaceAll("[^a-z0-9]", "");
    }

    /**
     * This mapping with {@code column} filling {@code field} (null: ignored); a field that only one column may
     * fill leaves the column that had it.
     */
    public ColumnMapping with(int column, ImportField field) {
        List<ImportField> changed = new ArrayList<>(fields);
        if (field != null && !field.repeatable()) {
            Collections.replaceAll(changed, field, null);
        }
        changed.set(column, field);
        return new ColumnMapping(headers, changed);
    }

    public ImportField field(int column) {
        return fields.get(column);
    }

    /** The columns filling {@code field}, in column order. */
    public int[] columns(ImportField field) {
        return IntStream.range(0, fields.size()).filter(i -> fields.get(i) == field).toArray();
    }

    public boolean isMapped(ImportField field) {
        return fields.contains(field);
    }

    /** What an email or phone column holds, from its header ("Mobile", "E-Mail privat", "Work phone"). */
    ContactLabel label(int column) {
        String name = normalise(headers.get(column));
        if (containsAny(name, "mobil", "handy", "cell")) {
            return ContactLabel.MOBILE;
        }
        if (containsAny(name, "work", "business", "office", "geschaeft", "buero", "dienst", "firma")) {
            return ContactLabel.WORK;
        }
        if (containsAny(name, "home", "private", "privat", "personal")) {
            return ContactLabel.HOME;
        }
        return ContactLabel.OTHER;
    }

    private static boolean containsAny(String text, String... parts) {
        return Arrays.stream(parts).anyMatch(text::contains);
    }
}
