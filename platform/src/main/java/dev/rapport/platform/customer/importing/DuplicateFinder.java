package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddresses;
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

    private final CustomerService customers;
    private final List<String> headers;
    private final SeenKeys seen = new SeenKeys();

    DuplicateFinder(CustomerService customers, List<String> headers) {
        this.customers = customers;
        this.headers = headers;
    }

    /** The duplicate problem of each of {@code rows} (valid rows, in file order), null for a row that is none. */
    List<ImportProblem> check(List<ReadRow> rows) {
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (ReadRow row : rows) {
            row.checked().draft().emails().forEach(email -> emails.add(EmailAddresses.normalise(email.address())));
            row.checked().phones().forEach(phone -> phones.add(phone.e164Digits()));
        }
        Map<String, Long> emailOwners = customers.customersByEmail(emails);
        Map<String, Long> phoneOwners = customers.customersByPhone(phones);
        List<ImportProblem> problems = new ArrayList<>(rows.size());
        for (ReadRow row : rows) {
            ImportProblem problem = duplicate(row, emailOwners, phoneOwners);
            if (problem == null) {
                keys(row).forEach(key -> seen.remember(key, row.number()));
            }
            problems.add(problem);
        }
        return problems;
    }

    private ImportProblem duplicate(ReadRow row, Map<String, Long> emailOwners, Map<String, Long> phoneOwners) {
        CustomerDraft draft = row.checked().draft();
        for (int i = 0; i < draft.emails().size(); i++) {
            String email = emailKey(draft.emails().get(i).address());
            String column = headers.get(row.emailColumns()[i]);
            Long owner = emailOwners.get(email);
            if (owner != null) {
                return problem(row, ImportField.EMAIL, column, "import.duplicateCustomer", email, owner);
            }
            int firstRow = seen.firstRow("e" + email);
            if (firstRow > 0) {
                return problem(row, ImportField.EMAIL, column, "import.duplicateRow", email, firstRow);
            }
        }
        for (int i = 0; i < row.checked().phones().size(); i++) {
            String digits = row.checked().phones().get(i).e164Digits();
            String written = draft.phones().get(i).number();
            String column = headers.get(row.phoneColumns()[i]);
            Long owner = phoneOwners.get(digits);
            if (owner != null) {
                return problem(row, ImportField.PHONE, column, "import.duplicateCustomer", written, owner);
            }
            int firstRow = seen.firstRow("p" + digits);
            if (firstRow > 0) {
                return problem(row, ImportField.PHONE, column, "import.duplicateRow", written, firstRow);
            }
        }
        return null;
    }

    private static List<String> keys(ReadRow row) {
        List<String> keys = new ArrayList<>();
        row.checked().draft().emails().forEach(email -> keys.add("e" + emailKey(email.address())));
        row.checked().phones().forEach(phone -> keys.add("p" + phone.e164Digits()));
        return keys;
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
