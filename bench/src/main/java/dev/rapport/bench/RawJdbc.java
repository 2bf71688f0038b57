package dev.rapport.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The raw JDBC baseline: constant SQL with bind parameters on a pooled connection, read with a plain result
 * set loop. This is the one place where the bench writes SQL by hand, deliberately: it is what the services'
 * jOOQ queries are measured against.
 */
final class RawJdbc {

    /** The columns of a list row, as the service reads them. */
    static final String SUMMARY_COLUMNS =
            "id, kind, display_name, sort_name, lifecycle_stage, owner_id, primary_email, primary_phone, created_at";

    private final DataSource dataSource;

    RawJdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs a query and reads every column of every row (as a real caller would), returning the first column as ids. */
    List<Long> ids(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return ids(connection, sql, parameters);
        }
    }

    static List<Long> ids(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                List<Long> ids = new ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    for (int column = 2; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
                return ids;
            }
        }
    }

    /** Runs a query and reads every column of every row; returns the number of rows. */
    static int rows(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                int count = 0;
                while (rows.next()) {
                    count++;
                    for (int column = 1; column <= columns; column++) {
                        rows.getObject(column);
                    }
                }
                return count;
            }
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /**
     * Takes {@code count} event numbers from the counter row as the product's outbox does before a transaction's first
     * event (events are numbered in commit order), so that raw JDBC writes events at the same cost and never takes a
     * number the product will take.
     *
     * @return the first of the numbers
     */
    static long takeEventNumbers(Connection connection, int count) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate("update event_append_lock set last_event_id = last_event_id + " + count);
            try (var last = statement.executeQuery("select last_event_id from event_append_lock")) {
                last.next();
                return last.getLong(1) - count + 1;
            }
        }
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
