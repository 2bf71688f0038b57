package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddresses;
import dev.rapport.platform.customer.PhoneNumbers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds rows that share an email address (ignoring case) or a phone number (as E.164 digits) with a stored
 * customer, found with one indexed query per kind for a whole chunk, or with an earlier row of the file,
 * remembered in {@link SeenKeys}. Only rows that are not duplicates are remembered.
 */
final class DuplicateFinder {

    private static final char EMAIL = 'e';
    private static final char PHONE = 'p';

    private final CustomerService customers;
    private final List<String> headers;
    private final SeenKeys seen = new SeenKeys();

    DuplicateFinder(CustomerService customers, List<String> headers) {
        this.customers = customers;
        this.headers = headers;
    }

    /** The duplicate problem of each of {@code rows} (valid rows, in file order), null for a row that is none. */
    List<ImportProblem> check(List<ReadRow> rows) {
        List<Keys> keys = new ArrayList<>(rows.size());
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (ReadRow row : rows) {
            Keys rowKeys = Keys.of(row);
            keys.add(rowKeys);
            emails.addAll(rowKeys.emails());
            phones.addAll(rowKeys.phones());
        }
        Map<String, Long> emailOwners = customers.customersByEmail(emails);
        Map<String, Long> phoneOwners = customers.customersByPhone(phones);
        List<ImportProblem> problems = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ReadRow row = rows.get(i);
            Keys rowKeys = keys.get(i);
            ImportProblem problem = duplicate(row, rowKeys, emailOwners, phoneOwners);
            if (problem == null) {
                rowKeys.emails().forEach(email -> seen.remember(EMAIL, email, row.number()));
                rowKeys.phones().forEach(digits -> seen.remember(PHONE, digits, row.number()));
            }
            problems.add(problem);
        }
        return problems;
    }

    private ImportProblem duplicate(ReadRow row, Keys keys, Map<String, Long> emailOwners,
                                    Map<String, Long> phoneOwners) {
        for (int i = 0; i < keys.emails().size(); i++) {
            String email = keys.emails().get(i);
            String column = headers.get(row.emailColumns()[i]);
            Long owner = emailOwners.get(email);
            if (owner != null) {
                return problem(row, ImportField.EMAIL, column, "import.duplicateCustomer", email, owner);
            }
            int firstRow = seen.firstRow(EMAIL, email);
            if (firstRow > 0) {
                return problem(row, ImportField.EMAIL, column, "import.duplicateRow", email, firstRow);
            }
        }
        for (int i = 0; i < keys.phones().size(); i++) {
            String digits = keys.phones().get(i);
            String written = row.checked().draft().phones().get(i).number();
            String column = headers.get(row.phoneColumns()[i]);
            Long owner = phoneOwners.get(digits);
            if (owner != null) {
                return problem(row, ImportField.PHONE, column, "import.duplicateCustomer", written, owner);
            }
            int firstRow = seen.firstRow(PHONE, digits);
            if (firstRow > 0) {
                return problem(row, ImportField.PHONE, column, "import.duplicateRow", written, firstRow);
            }
        }
        return null;
    }

    /** A row's email addresses as compared (in its order) and its phone numbers as E.164 digits: worked out once. */
    private record Keys(List<String> emails, List<String> phones) {

        static Keys of(ReadRow row) {
            return new Keys(row.checked().draft().emails().stream().map(email -> emailKey(email.address())).toList(),
                    row.checked().phones().stream().map(PhoneNumbers.Normalised::e164Digits).toList());
        }
    }

    /** Addresses compare ignoring case, as the validator and the database's collation compare them. */
    private static String emailKey(String address) {
        return EmailAddresses.normalise(address).toLowerCase(Locale.ROOT);
    }

    private static ImportProblem problem(ReadRow row, ImportField field, String column, String key, Object value,
                                         Object other) {
        return new ImportProblem(row.number(), field, column, true, ImportMessage.of(key, value, other));
    }
}
