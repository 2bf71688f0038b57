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
import org.jooq.impl.DefaultTransactionListener;
import org.jooq.impl.DefaultTransactionListenerProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The connection pool and the jOOQ context every repository uses. Its transactions run the work collected with
 * {@link BeforeCommit} just before they commit.
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
                .set(dataSource)
                .set(SQLDialect.MARIADB)
                .set(settings())
                .set(new DefaultTransactionListenerProvider(new BeforeCommit()),
                        new DefaultTransactionListenerProvider(new DefaultTransactionListener() {
                            @Override
                            public void commitEnd(TransactionContext context) {
                                afterCommit.forEach(Runnable::run);
                            }
                        })));
    }

    /**
     * Runs {@code action} after every commit of a transaction run through {@link #dsl()} (e.g. to tell the
     * event dispatcher there may be new events). It must be quick and must not throw.
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
