package dev.rapport.platform.persistence;

import java.sql.Connection;
import java.sql.SQLTransactionRollbackException;
import org.jooq.Configuration;
import org.jooq.exception.DataAccessException;

/**
 * The transaction {@link Database#inOneTransaction} keeps open on its thread: while it is bound, every transaction the
 * platform's {@code DSLContext} (or one derived from it, as a plugin's) begins on this thread joins it as a savepoint
 * ({@link JoiningTransactions}), and every statement run outside a transaction runs in it ({@link AmbientConnections}).
 * So the services keep opening "their" transactions and the caller decides that all of them commit together.
 *
 * <p>Thread-bound and never handed to another thread: work a service gives to an executor runs outside it, in
 * transactions of its own. A deadlock or a Galera certification conflict rolls the whole database transaction back,
 * whatever savepoint was open, so a joined transaction that meets one cannot be retried on its own: it marks the
 * ambient transaction {@link #markConflicted conflicted}, and {@link Database#inOneTransaction} then fails it as a conflict for
 * {@link ConflictRetry} to run the whole work again.
 */
final class AmbientTransaction {

    private static final ThreadLocal<AmbientTransaction> BOUND = new ThreadLocal<>();

    private final Connection connection;
    private final Configuration configuration;
    private DataAccessException failure;

    private AmbientTransaction(Connection connection, Configuration configuration) {
        this.connection = connection;
        this.configuration = configuration;
    }

    /** Binds the transaction of {@code configuration} (begun by jOOQ on {@code connection}) to this thread. */
    static AmbientTransaction bind(Connection connection, Configuration configuration) {
        AmbientTransaction ambient = new AmbientTransaction(connection, configuration);
        BOUND.set(ambient);
        return ambient;
    }

    /** The ambient transaction of this thread, or null. */
    static AmbientTransaction current() {
        return BOUND.get();
    }

    /** Takes the ambient transaction off this thread (for work that must run on its own); give it to {@link #resume}. */
    static AmbientTransaction suspend() {
        AmbientTransaction ambient = BOUND.get();
        BOUND.remove();
        return ambient;
    }

    static void resume(AmbientTransaction ambient) {
        if (ambient == null) {
            BOUND.remove();
        } else {
            BOUND.set(ambient);
        }
    }

    void unbind() {
        BOUND.remove();
    }

    Connection connection() {
        return connection;
    }

    /** The configuration of the outermost jOOQ transaction: its data hold what {@link BeforeCommit} collects. */
    Configuration configuration() {
        return configuration;
    }

    /**
     * The database rolled the whole transaction back (deadlock, certification conflict): the work must end and run
     * again; anything it still wrote would land in a new transaction without what came before.
     */
    void markConflicted() {
        if (failure == null) {
            failure = new DataAccessException("A statement met a conflict and the database rolled the transaction back",
                    new SQLTransactionRollbackException("Rolled back by a conflict", "40001", ConflictRetry.DEADLOCK));
        }
    }

    /** A joined transaction could not be rolled back to its savepoint: what the transaction holds is unknown. */
    void markBroken(DataAccessException cause) {
        if (failure == null) {
            failure = cause;
        }
    }

    /** Why the transaction must not commit, or null: a conflict is one {@link ConflictRetry} runs again. */
    DataAccessException failure() {
        return failure;
    }
}
