package dev.rapport.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The customer service bench's world, written by the database itself ({@code INSERT ... SELECT} over MariaDB's
 * sequence tables, so millions of rows take seconds, not an hour of round trips): {@code customers} persons,
 * {@value #QUEUES} queues of the service department, and {@code requests} requests spread evenly over the customers
 * and queues, of which {@code open} are open with a running resolution clock due within the next 30 days (first
 * response given) and the rest closed. Rows of the plugin's standard agreement; nothing else of the kernel (the
 * queue page and the scan read only the plugin's tables, and the scan's warning tasks name the customer).
 */
final class ServiceBenchData {

    static final int QUEUES = 20;
    private static final String NOT_DUE = "'9999-12-31 00:00:00'";

    private ServiceBenchData() {
    }

    /** Whether the database already holds this world (a later run of the same size reuses it). */
    static boolean present(DataSource dataSource, int customers, int requests) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long customerCount = RawJdbc.ids(connection, "select count(*) from customer where notes = 'bench'").getFirst();
            long requestCount = RawJdbc.ids(connection, "select count(*) from svc_request").getFirst();
            return customerCount == customers && requestCount == requests;
        }
    }

    static void generate(DataSource dataSource, int customers, int requests, int open, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            long department = RawJdbc.ids(connection, "select id from department where code = 'service'").getFirst();
            long agreement = RawJdbc.ids(connection, "select min(id) from svc_agreement").getFirst();
            String at = "'" + Timestamp.from(now) + "'";
            sql.execute("delete from svc_request");
            sql.execute("delete from svc_queue where name like 'Bench %'");
            sql.execute("delete from task");
            sql.execute("delete from customer where notes = 'bench'");
            sql.execute("insert into customer (kind, first_name, last_name, display_name, sort_name, lifecycle_stage,"
                    + " preferred_language, currency, time_zone, marketing_consent, primary_email, notes, created_at,"
                    + " updated_at, version) select 'PERSON', 'Bench', concat('Customer ', seq), concat('Bench Customer ',"
                    + " seq), concat('customer ', seq, ', bench'), 'CUSTOMER', 'en', 'EUR', 'Europe/Berlin', false,"
                    + " concat('bench', seq, '@example.com'), 'bench', " + at + ", " + at + ", 0 from seq_1_to_" + customers);
            sql.execute("insert into svc_queue (name, department_id, assignment, hourly_rate, currency, updated_at)"
                    + " select concat('Bench ', seq), " + department + ", 'MANUAL', 60, 'EUR', " + at
                    + " from seq_1_to_" + QUEUES);
            long firstQueue = RawJdbc.ids(connection, "select min(id) from svc_queue where name like 'Bench %'").getFirst();
            long firstCustomer = RawJdbc.ids(connection, "select min(id) from customer where notes = 'bench'").getFirst();
            // Request n: customer n mod customers; every (requests / open)-th is open; runs of that many requests
            // share a queue, so each queue gets its share of the open ones.
            int stride = Math.max(1, requests / open);
            String isOpen = "(seq % " + stride + " = 0 and seq / " + stride + " <= " + open + ")";
            String due = "date_add(" + at + ", interval (3600 + (seq * 7919) % (30 * 86400)) second)";
            String opened = "date_sub(" + at + ", interval (seq % (365 * 86400)) second)";
            sql.execute("insert into svc_request (customer_id, queue_id, subject, channel, priority, status,"
                    + " agreement_id, opened_at, first_response_at, resolved_at, closed_at, resp_target_s, resp_spent_s,"
                    + " resp_stopped_at, res_target_s, res_spent_s, res_running_since, res_due, res_stopped_at,"
                    + " due_order, scan_at, updated_at)"
                    + " select " + firstCustomer + " + seq % " + customers + ", "
                    + firstQueue + " + (seq div " + stride + ") % " + QUEUES
                    + ", concat('Request ', seq), 'EMAIL', 'NORMAL', if(" + isOpen + ", 'IN_PROGRESS', 'CLOSED'), "
                    + agreement + ", " + opened + ", " + opened + ", if(" + isOpen + ", null, " + opened + "), if("
                    + isOpen + ", null, " + opened + "), 14400, 300, " + opened + ", 57600, 3600, if(" + isOpen + ", "
                    + at + ", null), if(" + isOpen + ", " + due + ", null), if(" + isOpen + ", null, " + opened + "), if("
                    + isOpen + ", " + due + ", " + NOT_DUE + "), if(" + isOpen + ", date_sub(" + due
                    + ", interval 1 hour), null), " + at + " from seq_1_to_" + requests);
        }
    }

    /**
     * Makes {@code count} open requests from the {@code offset}-th on fall due for a warning now: their resolution
     * due in 30 minutes (within the hour's warning), not warned yet, scan time just passed.
     */
    static List<Long> dueForWarning(DataSource dataSource, int offset, int count, Instant now) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> ids = RawJdbc.ids(connection, "select id from svc_request where status = 'IN_PROGRESS'"
                    + " order by id limit ? offset ?", count, offset);
            Timestamp due = Timestamp.from(now.plusSeconds(1800));
            Timestamp scan = Timestamp.from(now.minusSeconds(1));
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement("update svc_request set res_due = ?,"
                    + " due_order = ?, scan_at = ?, res_warned_at = null where id between ? and ?"
                    + " and status = 'IN_PROGRESS'")) {
                for (int from = 0; from < ids.size(); from += 1000) {
                    List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
                    RawJdbc.bind(update, due, due, scan, chunk.getFirst(), chunk.getLast());
                    update.executeUpdate();
                }
            }
            connection.commit();
            return ids;
        }
    }
}
