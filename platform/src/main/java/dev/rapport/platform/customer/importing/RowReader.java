package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.CheckedDraft;
import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.error.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSV rows into customer drafts by a mapping and defaults, and checks each with the rules every save
 * applies ({@link CustomerService#check}). A problem names the row, the field and the CSV column it came from.
 */
final class RowReader {

    /** A validator field: {@code lastName}, {@code emails[1]}, {@code addresses[0].city}. */
    private static final Pattern VALIDATOR_FIELD = Pattern.compile("(\\w+)(?:\\[(\\d+)])?(?:\\.(\\w+))?");

    private final ColumnMapping mapping;
    private final ImportDefaults defaults;
    private final CustomerService customers;
    private final UserDirectory users;
    /** The columns of each field, looked up for every cell of every row. */
    private final Map<ImportField, int[]> columns = new EnumMap<>(ImportField.class);
    private final Map<String, Optional<User>> ownersByUsername = new HashMap<>();

    RowReader(ImportSettings settings, CustomerService customers, UserDirectory users) {
        this.mapping = settings.mapping();
        this.defaults = settings.defaults();
        this.customers = customers;
        this.users = users;
        for (ImportField field : ImportField.values()) {
            columns.put(field, mapping.columns(field));
        }
    }

    ReadRow read(CsvTable.Row row) {
        List<ImportProblem> problems = new ArrayList<>();
        if (row.cells().size() != mapping.headers().size()) {
            problems.add(new ImportProblem(row.number(), null, null, false,
                    ImportMessage.of("import.cellCount", mapping.headers().size(), row.cells().size())));
            return new ReadRow(row.number(), row.cells(), null, problems, new int[0], new int[0]);
        }
        Cells cells = new Cells(row, problems);
        String organisationName = cells.text(ImportField.ORGANISATION_NAME);
        CustomerKind kind = cells.parsed(ImportField.KIND, CellValues::kind, "import.unknownKind")
                .orElse(defaults.kind() != null ? defaults.kind()
                        : organisationName != null ? CustomerKind.ORGANISATION : CustomerKind.PERSON);
        LifecycleStage stage = cells.parsed(ImportField.STAGE, CellValues::stage, "import.unknownStage")
                .orElse(defaults.stage());
        Long ownerId = cells.parsed(ImportField.OWNER, this::ownerId, "import.unknownOwner").orElse(defaults.ownerId());
        boolean consent = cells.parsed(ImportField.MARKETING_CONSENT, CellValues::yesNo, "import.unknownYesNo")
                .orElse(false);
        String currency = cells.text(ImportField.CURRENCY);

        List<EmailAddress> emails = new ArrayList<>();
        int[] emailColumns = cells.each(ImportField.EMAIL, (value, column) ->
                emails.add(new EmailAddress(mapping.label(column), value)));
        List<PhoneNumber> phones = new ArrayList<>();
        int[] phoneColumns = cells.each(ImportField.PHONE, (value, column) ->
                phones.add(new PhoneNumber(mapping.label(column), value)));
        Set<String> tags = new LinkedHashSet<>();
        cells.each(ImportField.TAGS, (value, column) -> tags.addAll(CellValues.tags(value)));

        CustomerDraft draft = new CustomerDraft(kind, cells.text(ImportField.FIRST_NAME),
                cells.text(ImportField.LAST_NAME), organisationName, stage, ownerId,
                or(cells.text(ImportField.PREFERRED_LANGUAGE), defaults.preferredLanguage()),
                currency == null ? defaults.currency() : currency.toUpperCase(Locale.ROOT),
                or(cells.text(ImportField.TIME_ZONE), defaults.timeZone()), consent, emails, phones,
                address(cells, kind).map(List::of).orElse(List.of()), tags, cells.text(ImportField.NOTES));
        CheckedDraft checked = customers.check(draft);
        Set<ImportField> alreadyReported = EnumSet.noneOf(ImportField.class);
        problems.forEach(problem -> alreadyReported.add(problem.field()));
        for (FieldError error : checked.errors()) {
            ImportProblem problem = problem(row.number(), error, emailColumns, phoneColumns);
            if (!alreadyReported.contains(problem.field())) {
                problems.add(problem);
            }
        }
        return new ReadRow(row.number(), row.cells(), checked, problems, emailColumns, phoneColumns);
    }

    /** The row's address, when it has any part of one; its country is the default when the row names none. */
    private Optional<PostalAddress> address(Cells cells, CustomerKind kind) {
        String street = cells.text(ImportField.STREET);
        String postalCode = cells.text(ImportField.POSTAL_CODE);
        String city = cells.text(ImportField.CITY);
        String region = cells.text(ImportField.REGION);
        String country = cells.text(ImportField.COUNTRY_CODE);
        if (street == null && postalCode == null && city == null && region == null && country == null) {
            return Optional.empty();
        }
        return Optional.of(new PostalAddress(kind == CustomerKind.ORGANISATION ? ContactLabel.WORK : ContactLabel.HOME,
                street, postalCode, city, region,
                country == null ? defaults.countryCode() : CellValues.countryCode(country)));
    }

    /** The id of the user named {@code username} (active or not: the check refuses inactive owners). */
    private Optional<Long> ownerId(String username) {
        return ownersByUsername.computeIfAbsent(username, users::findByUsername).map(User::id);
    }

    /** {@code error} of the validator, told by the field and column of the CSV it came from. */
    private ImportProblem problem(long row, FieldError error, int[] emailColumns, int[] phoneColumns) {
        Matcher matcher = VALIDATOR_FIELD.matcher(error.field());
        ImportField field = null;
        int index = -1;
        if (matcher.matches()) {
            index = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
            field = switch (matcher.group(1)) {
                case "kind" -> ImportField.KIND;
                case "firstName" -> ImportField.FIRST_NAME;
                case "lastName" -> ImportField.LAST_NAME;
                case "organisationName" -> ImportField.ORGANISATION_NAME;
                case "stage" -> ImportField.STAGE;
                case "ownerId" -> ImportField.OWNER;
                case "preferredLanguage" -> ImportField.PREFERRED_LANGUAGE;
                case "currency" -> ImportField.CURRENCY;
                case "timeZone" -> ImportField.TIME_ZONE;
                case "emails" -> ImportField.EMAIL;
                case "phones" -> ImportField.PHONE;
                case "addresses" -> addressField(matcher.group(3));
                case "tags" -> ImportField.TAGS;
                case "notes" -> ImportField.NOTES;
                default -> null;
            };
        }
        int column = field == ImportField.EMAIL && index >= 0 && index < emailColumns.length ? emailColumns[index]
                : field == ImportField.PHONE && index >= 0 && index < phoneColumns.length ? phoneColumns[index]
                : firstColumn(field);
        return new ImportProblem(row, field, column < 0 ? null : mapping.headers().get(column), false,
                new ImportMessage(error.messageKey(), error.arguments().stream().map(String::valueOf).toList()));
    }

    private static ImportField addressField(String part) {
        return switch (part == null ? "" : part) {
            case "postalCode" -> ImportField.POSTAL_CODE;
            case "city" -> ImportField.CITY;
            case "region" -> ImportField.REGION;
            case "countryCode" -> ImportField.COUNTRY_CODE;
            default -> ImportField.STREET;
        };
    }

    private int firstColumn(ImportField field) {
        int[] fieldColumns = field == null ? new int[0] : columns.get(field);
        return fieldColumns.length == 0 ? -1 : fieldColumns[0];
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** The cells of one row, by field; a cell that cannot be read adds a problem. */
    private final class Cells {

        private final CsvTable.Row row;
        private final List<ImportProblem> problems;

        Cells(CsvTable.Row row, List<ImportProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        /** The trimmed cell of the column filling {@code field}; null when blank or not mapped. */
        String text(ImportField field) {
            int column = firstColumn(field);
            return column < 0 ? null : nonBlank(row.cells().get(column));
        }

        /** The cell of {@code field} read by {@code parser}; empty when blank, and a problem when unreadable. */
        <T> Optional<T> parsed(ImportField field, Function<String, Optional<T>> parser,
                               String unreadableKey) {
            String text = text(field);
            if (text == null) {
                return Optional.empty();
            }
            Optional<T> value = parser.apply(text);
            if (value.isEmpty()) {
                problems.add(new ImportProblem(row.number(), field, mapping.headers().get(firstColumn(field)), false,
                        ImportMessage.of(unreadableKey, text)));
            }
            return value;
        }

        /** Calls {@code action} with every non-blank cell of a field's columns; returns those columns. */
        int[] each(ImportField field, ObjIntConsumer<String> action) {
            int[] fieldColumns = columns.get(field);
            int[] used = new int[fieldColumns.length];
            int count = 0;
            for (int column : fieldColumns) {
                String value = nonBlank(row.cells().get(column));
                if (value != null) {
                    action.accept(value, column);
                    used[count++] = column;
                }
            }
            return Arrays.copyOf(used, count);
        }

        private static String nonBlank(String cell) {
            return cell == null || cell.isBlank() ? null : cell.strip();
        }
    }
}
