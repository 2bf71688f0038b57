package dev.rapport.bench;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.interaction.CustomerKeyFigures;
import dev.rapport.platform.interaction.TimelineService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What the customer 360° view reads when it opens: the record with its details, the key figures and the
 * first page of the timeline. Compared are the customer's id, its interaction and transaction counts and the
 * length of the first timeline page.
 */
final class Customer360Operation {

    /** The timeline grid's first page. */
    static final int TIMELINE_PAGE = 30;
    static final LatencyResult.Target TARGET = new LatencyResult.Target(30, Double.NaN);

    private static final String CUSTOMER = "SELECT * FROM customer WHERE id = ?";
    private static final String EMAILS = "SELECT * FROM customer_email WHERE customer_id = ? ORDER BY position";
    private static final String PHONES = "SELECT * FROM customer_phone WHERE customer_id = ? ORDER BY position";
    private static final String ADDRESSES = "SELECT * FROM customer_address WHERE customer_id = ? ORDER BY position";
    private static final String TAGS = "SELECT customer_id, tag FROM customer_tag WHERE customer_id = ? ORDER BY tag";
    private static final String REVENUE = "SELECT kind, currency, SUM(amount) FROM customer_transaction"
            + " WHERE customer_id = ? AND occurred_at >= ? GROUP BY kind, currency";
    private static final String TRANSACTION_FIGURES = "SELECT COUNT(*),"
            + " MIN(CASE WHEN kind IN ('PURCHASE', 'SUBSCRIPTION_START') THEN occurred_at END)"
            + " FROM customer_transaction WHERE customer_id = ?";
    private static final String INTERACTION_FIGURES = "SELECT COUNT(*), MAX(occurred_at) FROM interaction WHERE customer_id = ?";
    private static final String INTERACTIONS = "SELECT i.*, correction.id FROM interaction i"
            + " LEFT JOIN interaction correction ON correction.corrects_id = i.id"
            + " WHERE i.customer_id = ? ORDER BY i.occurred_at DESC, i.id DESC LIMIT " + TIMELINE_PAGE;
    private static final String TRANSACTIONS = "SELECT * FROM customer_transaction WHERE customer_id = ?"
            + " ORDER BY occurred_at DESC, id DESC LIMIT " + TIMELINE_PAGE;

    private Customer360Operation() {
    }

    static Operation of(CustomerService customers, TimelineService timeline, RawJdbc raw, Clock clock,
                        SampleData sample) {
        return new Operation("Customer 360°: record, key figures, timeline", TARGET, i -> {
            long id = sample.customer(i);
            Customer customer = customers.get(id);
            CustomerKeyFigures figures = timeline.keyFigures(id);
            int entries = timeline.timeline(id, null, TIMELINE_PAGE).size();
            return List.of(customer.id(), figures.interactionCount(), figures.transactionCount(), (long) entries);
        }, i -> read(raw, clock, sample.customer(i)));
    }

    private static List<Long> read(RawJdbc raw, Clock clock, long id) throws SQLException {
        try (Connection connection = raw.connection()) {
            long customerId = readRecord(connection, id);
            RawJdbc.rows(connection, REVENUE, id, Timestamp.from(clock.instant().minus(Duration.ofDays(365))));
            long transactions = count(connection, TRANSACTION_FIGURES, id);
            long interactions = count(connection, INTERACTION_FIGURES, id);
            int interactionRows = RawJdbc.ids(connection, INTERACTIONS, id).size();
            int transactionRows = RawJdbc.ids(connection, TRANSACTIONS, id).size();
            return List.of(customerId, interactions, transactions,
                    (long) Math.min(TIMELINE_PAGE, interactionRows + transactionRows));
        }
    }

    /** The customer's record with its details (what {@code CustomerService.get} returns) as raw JDBC; its id. */
    static long readRecord(RawJdbc raw, long id) throws SQLException {
        try (Connection connection = raw.connection()) {
            return readRecord(connection, id);
        }
    }

    private static long readRecord(Connection connection, long id) throws SQLException {
        long customerId = RawJdbc.ids(connection, CUSTOMER, id).getFirst();
        RawJdbc.ids(connection, EMAILS, id);
        RawJdbc.ids(connection, PHONES, id);
        RawJdbc.ids(connection, ADDRESSES, id);
        RawJdbc.ids(connection, TAGS, id);
        return customerId;
    }

    private static long count(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                rows.getObject(2);
                return rows.getLong(1);
            }
        }
    }
}
