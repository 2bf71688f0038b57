package dev.rapport.bench;

import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * Logging a call as an agent does in the 360° view: the interaction and its {@code InteractionLogged} event in
 * one transaction. Raw JDBC writes the same two rows in one transaction, without the service's validation and
 * without reading the entry back.
 */
final class AppendInteractionOperation {

    private static final String SUBJECT = "Benchmark call";
    private static final String INSERT_INTERACTION = "INSERT INTO interaction (customer_id, channel, direction, subject,"
            + " outcome, occurred_at, recorded_by, recorded_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_EVENT = "INSERT INTO domain_event (id, event_type, customer_id, payload, source,"
            + " published_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String EVENT_TYPE = "kernel:dev.rapport.sdk.event.InteractionLogged";
    private static final String PAYLOAD = """
            {"customerId":%d,"interactionId":%d,"channel":"PHONE","direction":"OUTBOUND","outcome":"COMPLETED",\
            "occurredAt":"%s","source":"kernel","correctsId":null}""";

    private AppendInteractionOperation() {
    }

    static Operation of(InteractionService interactions, Actor agent, RawJdbc raw, Clock clock, SampleData sample) {
        return new Operation("Append an interaction with its event", LatencyResult.Target.NONE, i -> {
            interactions.log(new InteractionDraft(sample.customer(i), null, Channel.PHONE, Direction.OUTBOUND, SUBJECT,
                    null, Outcome.COMPLETED, clock.instant(), "kernel"), agent);
            return null;
        }, i -> {
            append(raw, agent, clock.instant(), sample.customer(i));
            return null;
        });
    }

    private static void append(RawJdbc raw, Actor agent, Instant now, long customerId) throws SQLException {
        try (Connection connection = raw.connection()) {
            connection.setAutoCommit(false);
            try {
                long interactionId;
                try (PreparedStatement insert = connection.prepareStatement(INSERT_INTERACTION,
                        Statement.RETURN_GENERATED_KEYS)) {
                    RawJdbc.bind(insert, customerId, Channel.PHONE.name(), Direction.OUTBOUND.name(), SUBJECT,
                            Outcome.COMPLETED.name(), Timestamp.from(now), agent.userId(), Timestamp.from(now), "kernel");
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        interactionId = keys.getLong(1);
                    }
                }
                long number = RawJdbc.takeEventNumbers(connection, 1);
                try (PreparedStatement event = connection.prepareStatement(INSERT_EVENT)) {
                    RawJdbc.bind(event, number, EVENT_TYPE, customerId, PAYLOAD.formatted(customerId, interactionId, now),
                            "kernel", Timestamp.from(now));
                    event.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
