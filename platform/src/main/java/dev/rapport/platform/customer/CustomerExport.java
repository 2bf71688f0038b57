package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_ADDRESS;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import dev.rapport.sdk.csv.CsvWriter;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Writes customers as CSV (RFC 4180, UTF-8) in the columns the customer import recognises, so an export can be
 * edited and imported again. Streams in keyset pages: memory stays flat however many customers there are.
 *
 * <p>Every email address, phone number and address is kept: the file has as many "Email n" / "Phone n" / address
 * columns as the customer with the most of them needs. Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe (CSV injection). Managers and administrators only; every export, also one the
 * client broke off, is recorded in the audit log with its filter and row count.
 */
public final class CustomerExport {

    static final int PAGE = 500;

    private final DSLContext dsl;
    private final CustomerService customers;
    private final UserDirectory users;
    private final AuditLog audit;

    public CustomerExport(DSLContext dsl, CustomerService customers, UserDirectory users, AuditLog audit) {
        this.dsl = dsl;
        this.customers = customers;
        this.users = users;
        this.audit = audit;
    }

    /** Whether {@code actor} may export customers (the UI shows the action only then). */
    public static boolean allowed(Actor actor) {
        return actor.has(Role.MANAGER);
    }

    /**
     * Writes the customers {@code filter} selects, in {@code sort} order, to {@code out} (not closed) and returns
     * how many were written.
     *
     * @throws dev.rapport.sdk.error.AccessDeniedException for agents and read-only users; nothing is written
     * @throws IOException when {@code out} fails (e.g. the browser cancelled the download); audited as broken off
     */
    public long export(CustomerFilter filter, CustomerSort sort, Actor actor, Writer out) throws IOException {
        return write(actor, out, describe(filter, sort), new java.util.Iterator<>() {
            private CustomerSummary after;
            private boolean more = true;

            @Override
            public boolean hasNext() {
                return more;
            }

            @Override
            public List<Long> next() {
                List<CustomerSummary> page = customers.list(filter, sort, after, PAGE);
                more = page.size() == PAGE;
                after = page.isEmpty() ? null : page.getLast();
                return page.stream().map(CustomerSummary::id).toList();
            }
        });
    }

    /**
     * Writes the customers {@code ids} (the rows picked in the list) in the order given, as
     * {@link #export(CustomerFilter, CustomerSort, Actor, Writer)} writes a filter's.
     */
    public long export(List<Long> ids, Actor actor, Writer out) throws IOException {
        List<List<Long>> pages = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += PAGE) {
            pages.add(ids.subList(from, Math.min(ids.size(), from + PAGE)));
        }
        return write(actor, out, ids.size() + " chosen customers", pages.iterator());
    }

    private long write(Actor actor, Writer out, String description, java.util.Iterator<List<Long>> pages)
            throws IOException {
        Permissions.require(allowed(actor), actor, "export customers");
        Columns columns = new Columns(maxPerCustomer(CUSTOMER_EMAIL, CUSTOMER_EMAIL.CUSTOMER_ID),
                maxPerCustomer(CUSTOMER_PHONE, CUSTOMER_PHONE.CUSTOMER_ID),
                maxPerCustomer(CUSTOMER_ADDRESS, CUSTOMER_ADDRESS.CUSTOMER_ID));
        Map<Long, String> usernames = users.allUsers().stream().collect(Collectors.toMap(User::id, User::username));
        long written = 0;
        boolean complete = false;
        try {
            CsvWriter csv = new CsvWriter(out);
            csv.writeRecord(columns.headers());
            while (pages.hasNext()) {
                for (Customer customer : customers.records(pages.next())) {
                    csv.writeRecord(columns.cells(customer, usernames));
                    written++;
                }
                out.flush();
            }
            complete = true;
            return written;
        } finally {
            audit.record(actor, AuditAction.CUSTOMERS_EXPORTED, "customer", null,
                    written + " customers" + (complete ? "" : " (broken off)") + "; " + description);
        }
    }

    /** The most rows one customer has in a child table; an aggregate over its customer index. */
    private int maxPerCustomer(Table<?> table, Field<Long> customerId) {
        var counts = DSL.select(DSL.count().as("n")).from(table).groupBy(customerId).asTable("counts");
        Integer max = dsl.select(DSL.max(counts.field("n", Integer.class))).from(counts).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    private static String describe(CustomerFilter filter, CustomerSort sort) {
        List<String> parts = new ArrayList<>();
        if (filter.namePrefix() != null && !filter.namePrefix().isBlank()) {
            parts.add("name starts with \"" + filter.namePrefix().strip() + "\"");
        }
        if (!filter.stages().isEmpty()) {
            parts.add("stages " + filter.stages().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
        if (filter.ownerId() != null) {
            parts.add("owner " + filter.ownerId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            parts.add("tag \"" + filter.tag().strip() + "\"");
        }
        return (parts.isEmpty() ? "all customers" : String.join("; ", parts)) + "; sorted " + sort.name();
    }

    /** The file's columns: fixed ones plus numbered email, phone and address columns. */
    private record Columns(int emails, int phones, int addresses) {

        List<String> headers() {
            List<String> headers = new ArrayList<>(List.of("Id", "Kind", "First name", "Last name", "Organisation name"));
            numbered(headers, "Email", emails);
            numbered(headers, "Phone", phones);
            for (int i = 1; i <= Math.max(1, addresses); i++) {
                String suffix = i == 1 ? "" : " " + i;
                for (String part : List.of("Street", "Postal code", "City", "Region", "Country code")) {
                    headers.add(part + suffix);
                }
            }
            headers.addAll(List.of("Stage", "Owner", "Preferred language", "Currency", "Time zone", "Marketing consent",
                    "Tags", "Notes", "Created at", "Updated at"));
            return headers;
        }

        private static void numbered(List<String> headers, String name, int count) {
            for (int i = 1; i <= Math.max(1, count); i++) {
                headers.add(i == 1 ? name : name + " " + i);
            }
        }

        List<String> cells(Customer customer, Map<Long, String> usernames) {
            CustomerDraft details = customer.details();
            List<String> cells = new ArrayList<>(List.of(String.valueOf(customer.id()), details.kind().name(),
                    text(details.firstName()), text(details.lastName()), text(details.organisationName())));
            padded(cells, details.emails(), EmailAddress::address, emails);
            padded(cells, details.phones(), PhoneNumber::number, phones);
            for (int i = 0; i < Math.max(1, addresses); i++) {
                PostalAddress address = i < details.addresses().size() ? details.addresses().get(i) : null;
                cells.add(address == null ? "" : text(address.street()));
                cells.add(address == null ? "" : text(address.postalCode()));
                cells.add(address == null ? "" : text(address.city()));
                cells.add(address == null ? "" : text(address.region()));
                cells.add(address == null ? "" : text(address.countryCode()));
            }
            cells.addAll(List.of(details.stage().name(),
                    details.ownerId() == null ? "" : usernames.getOrDefault(details.ownerId(), ""),
                    text(details.preferredLanguage()), text(details.currency()), text(details.timeZone()),
                    details.marketingConsent() ? "yes" : "no",
                    details.tags().stream().sorted().collect(Collectors.joining("; ")), text(details.notes()),
                    customer.createdAt().toString(), customer.updatedAt().toString()));
            return cells;
        }

        private static <T> void padded(List<String> cells, List<T> values, Function<T, String> text, int count) {
            for (int i = 0; i < Math.max(1, count); i++) {
                cells.add(i < values.size() ? text(text.apply(values.get(i))) : "");
            }
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }
}
