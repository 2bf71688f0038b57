package dev.rapport.platform.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.TransactionContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.DefaultTransactionListener;
import org.jooq.impl.DefaultTransactionListenerProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The connection pool and the jOOQ context every repository uses. Its transactions run the work collected with
 * {@link BeforeCommit} just before they commit; {@link #inOneTransaction} makes everything the services do on a
 * thread one transaction (the REST API's idempotent POSTs: the write and its stored answer commit together).
 *
 * <p>jOOQ renders keyset ({@code seek}) predicates in the expanded form {@code a > ? or (a = ? and id > ?)},
 * which MariaDB uses as an index range; the row-value form it renders by default makes MariaDB scan.
 */
public final class Database implements AutoCloseable {

    /** How to reach a MariaDB database. */
    public record ConnectionSettings(String url, String user, String password) {

        @Override
        public String toString() {
            return "ConnectionSettings[url=" + url + ", user=" + user + "]";
        }
    }

    private final HikariDataSource dataSource;
    private final List<Runnable> afterCommit = new CopyOnWriteArrayList<>();
    private final DSLContext dsl;

    public Database(ConnectionSettings settings, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rapport");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(true);
        config.addDataSourceProperty("connectionTimeZone", "UTC");
        config.setConnectionInitSql("SET time_zone = '+00:00'");
        this.dataSource = new HikariDataSource(config);
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(new AmbientConnections(dataSource))
                .set(new JoiningTransactions())
                .set(SQLDialect.MARIADB)
                .set(settings())
                .set(new DefaultExecuteListenerProvider(new ConflictWatch()))
                .set(new DefaultTransactionListenerProvider(new BeforeCommit()),
                        new DefaultTransactionListenerProvider(new DefaultTransactionListener() {
                            @Override
                            public void commitEnd(TransactionContext context) {
                                if (BeforeCommit.outermost(context)) {
                                    afterCommit.forEach(Runnable::run);
                                }
                            }
                        })));
    }

    /**
     * Runs {@code work} in one database transaction on this thread: every transaction the services begin on this
     * thread meanwhile joins it (as a savepoint: a service's rollback still undoes only its own part), and every
     * statement runs in it, so that all of it commits together when {@code work} returns, or nothing does when it
     * throws. Work collected by {@link BeforeCommit} and the {@link #afterCommit} actions run at that one commit.
     * Inside another call of this method, {@code work} simply joins the transaction already open.
     *
     * <p>A deadlock or certification conflict (error 1213) met by any statement rolls the whole transaction back;
     * this method then throws it as a conflict even when a service caught it, so that the caller runs {@code work}
     * again with {@link ConflictRetry} (services' own {@link ConflictRetry} does not retry inside: a part cannot run
     * again alone). Work handed to other threads runs outside this transaction.
     *
     * @throws org.jooq.exception.DataAccessException the commit failed or a conflict rolled the transaction back
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        if (AmbientTransaction.current() != null) {
            return work.get();
        }
        return dsl.transactionResult(configuration -> {
            AmbientTransaction ambient = AmbientTransaction.bind(configuration.connectionProvider().acquire(),
                    configuration);
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                // A conflict rolled everything back, whatever the work made of it: the caller runs it again.
                if (ambient.failure() != null) {
                    ambient.failure().addSuppressed(e);
                    throw ambient.failure();
                }
                throw e;
            } finally {
                ambient.unbind();
            }
            if (ambient.failure() != null) {
                throw ambient.failure();
            }
            return result;
        });
    }

    /**
     * Runs {@code work} outside this thread's {@link #inOneTransaction} transaction, if any, in transactions of its
     * own (housekeeping that must not wait for, or hold locks until, the end of a long request). It must not touch
     * rows that transaction has written: it would wait for them until the lock wait times out.
     */
    public static <T> T outsideTransaction(Supplier<T> work) {
        AmbientTransaction suspended = AmbientTransaction.suspend();
        try {
            return work.get();
        } finally {
            AmbientTransaction.resume(suspended);
        }
    }

    /**
     * Runs {@code action} after every commit of an outermost transaction run through {@link #dsl()} (e.g. to tell the
     * event dispatcher there may be new events), not after a nested or joined one: its writes are not visible yet.
     * It must be quick and must not throw.
     */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /** The jOOQ settings of the platform, also handed to plugins. */
    public static Settings settings() {
        return new Settings()
                .withRenderRowConditionForSeekClause(false)
                .withRenderSchema(false)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                .withExecuteLogging(false);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
