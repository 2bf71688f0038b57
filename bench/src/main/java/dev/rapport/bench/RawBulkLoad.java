package dev.rapport.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The raw JDBC baseline of the import: the rows the import stores ({@link ImportCsv.Kind#NEW}), read from the
 * same file by splitting lines, written with the same columns into the same tables (customers, emails, phones,
 * addresses, tags, one creation event each) as batched prepared INSERTs, which Connector/J sends with MariaDB's
 * bulk protocol, in transactions of {@value #CUSTOMERS_PER_TRANSACTION} customers as the import commits them. No
 * validation, no duplicate lookup, no phone number parsing, and ids counted up from the largest one stored (the
 * bench is the only writer then): what a hand-written loader that trusts its file would cost.
 */
final class RawBulkLoad {

    private static final int CUSTOMERS_PER_TRANSACTION = 1000;
    private static final String INSERT_CUSTOMER = "insert into customer (id, kind, first_name, last_name, "
            + "organisation_name, display_name, sort_name, lifecycle_stage, owner_id, preferred_language, currency, "
            + "time_zone, marketing_consent, primary_email, primary_phone, notes, created_at, created_by, updated_at, "
            + "updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_EMAIL =
            "insert into customer_email (customer_id, email, label, position) values (?, ?, 'OTHER', 0)";
    private static final String INSERT_PHONE = "insert into customer_phone (customer_id, phone, e164_digits, "
            + "national_digits, label, position) values (?, ?, ?, ?, 'MOBILE', 0)";
    private static final String INSERT_ADDRESS = "insert into customer_address (customer_id, label, street, "
            + "postal_code, city, region, country_code, position) values (?, ?, ?, ?, ?, null, ?, 0)";
    private static final String INSERT_TAG = "insert into customer_tag (customer_id, tag) values (?, ?)";
    private static final String INSERT_EVENT = "insert into domain_event (event_type, customer_id, payload, source, "
            + "published_at) values ('kernel:dev.rapport.sdk.event.CustomerCreated', ?, ?, 'kernel', ?)";

    private RawBulkLoad() {
    }

    /** Loads the rows of {@code file} that {@code csv} says are imported; returns how many. */
    static long load(DataSource dataSource, Path file, ImportCsv csv, long ownerId, Instant now)
            throws IOException, SQLException {
        Timestamp time = Timestamp.from(now);
        try (Connection connection = dataSource.getConnection();
             BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            long nextId = RawJdbc.ids(connection, "select coalesce(max(id), 0) + 1 from customer").getFirst();
            long loaded = 0;
            try (Statements statements = new Statements(connection)) {
                lines.readLine();
                String line;
                for (int index = 0; (line = lines.readLine()) != null; index++) {
                    if (csv.kind(index) != ImportCsv.Kind.NEW) {
                        continue;
                    }
                    statements.add(nextId++, line.split(",", -1), ownerId, time);
                    if (++loaded % CUSTOMERS_PER_TRANSACTION == 0) {
                        statements.execute(connection);
                        connection.commit();
                    }
                }
                statements.execute(connection);
                connection.commit();
            }
            return loaded;
        }
    }

    /** One prepared INSERT per table, each collecting a batch. */
    private record Statements(PreparedStatement customer, PreparedStatement email, PreparedStatement phone,
                              PreparedStatement address, PreparedStatement tag, PreparedStatement event)
            implements AutoCloseable {

        Statements(Connection connection) throws SQLException {
            this(connection.prepareStatement(INSERT_CUSTOMER), connection.prepareStatement(INSERT_EMAIL),
                    connection.prepareStatement(INSERT_PHONE), connection.prepareStatement(INSERT_ADDRESS),
                    connection.prepareStatement(INSERT_TAG), connection.prepareStatement(INSERT_EVENT));
        }

        /** Adds the rows of one customer; {@code cells} in the order of {@link ImportCsv#HEADER}. */
        void add(long id, String[] cells, long ownerId, Timestamp now) throws SQLException {
            boolean organisation = !cells[2].isEmpty();
            String displayName = organisation ? cells[2] : cells[0] + " " + cells[1];
            String sortName = organisation ? cells[2] : cells[1] + " " + cells[0];
            String[] digits = phoneDigits(cells[4], ImportCsv.callingCode(cells[8]));
            RawJdbc.bind(customer, id, organisation ? "ORGANISATION" : "PERSON", organisation ? null : cells[0],
                    organisation ? null : cells[1], organisation ? cells[2] : null, displayName, sortName,
                    stage(cells[12]), ownerId, cells[9], cells[10], cells[11], cells[3], cells[4],
                    cells[14].isEmpty() ? null : cells[14], now, ownerId, now, ownerId);
            customer.addBatch();
            RawJdbc.bind(email, id, cells[3]);
            email.addBatch();
            RawJdbc.bind(phone, id, cells[4], digits[0], digits[1]);
            phone.addBatch();
            RawJdbc.bind(address, id, organisation ? "WORK" : "HOME", cells[5], cells[6], cells[7],
                    ImportCsv.countryCode(cells[8]));
            address.addBatch();
            for (String value : cells[13].split("\\|")) {
                RawJdbc.bind(tag, id, value);
                tag.addBatch();
            }
            RawJdbc.bind(event, id, "{\"customerId\":" + id + ",\"kind\":\"" + (organisation ? "ORGANISATION" : "PERSON")
                    + "\",\"stage\":\"" + stage(cells[12]) + "\",\"ownerId\":" + ownerId + "}", now);
            event.addBatch();
        }

        /** Customers first: the other rows refer to them; the events last, under the outbox's lock. */
        void execute(Connection connection) throws SQLException {
            for (PreparedStatement statement : List.of(customer, email, phone, address, tag)) {
                statement.executeBatch();
            }
            // Numbered by AUTO_INCREMENT under the counter row's lock, then the counter is moved past them: one loader at
            // a time, so nobody takes a number in between.
            RawJdbc.takeEventNumbers(connection, 0);
            event.executeBatch();
            try (var statement = connection.createStatement()) {
                statement.executeUpdate("update event_append_lock set last_event_id = greatest(last_event_id,"
                        + " (select coalesce(max(id), 0) from domain_event))");
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : List.of(customer, email, phone, address, tag, event)) {
                statement.close();
            }
        }

        private static String stage(String cell) {
            return switch (cell.toLowerCase(Locale.ROOT)) {
                case "customer", "kunde" -> "CUSTOMER";
                default -> "PROSPECT";
            };
        }

        /**
         * International and national digits of a number the file writes as +country digits or as dialled at home
         * (with a trunk 0, except in the US).
         */
        private static String[] phoneDigits(String written, String callingCode) {
            String digits = written.replaceAll("[^0-9]", "");
            String national = written.startsWith("+") ? digits.substring(callingCode.length()) : digits;
            if (national.startsWith("0")) {
                national = national.substring(1);
            }
            return new String[] {callingCode + national, callingCode.equals("1") ? national : "0" + national};
        }
    }
}
