package dev.rapport.platform.persistence;

import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.command.core.RollbackCountCommandStep;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies Liquibase changelogs: the kernel's at start-up, a plugin's from the plugin's class loader. */
public final class SchemaMigrator {

    public static final String KERNEL_CHANGELOG = "db/kernel/changelog.xml";
    private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Brings the kernel schema up to date. */
    public void migrateKernel() {
        update(KERNEL_CHANGELOG, SchemaMigrator.class.getClassLoader());
    }

    /**
     * Releases Liquibase's lock if it is held. Only for a database that no other platform can be using (the embedded
     * one, whose folder this process holds locked): there a held lock can only have been left by a run killed while it
     * migrated, and every later start would otherwise wait five minutes for it and then fail.
     */
    public void releaseLockOfAKilledRun() {
        try (Connection connection = dataSource.getConnection()) {
            LockService locks = LockServiceFactory.getInstance().getLockService(freshDatabase(connection));
            DatabaseChangeLogLock[] held = locks.listLocks();
            if (held.length > 0) {
                log.warn("The schema was locked by a run that did not finish ({}, since {}); releasing the lock",
                        held[0].getLockedBy(), held[0].getLockGranted());
                locks.forceReleaseLock();
            }
            LockServiceFactory.getInstance().resetAll();
        } catch (Exception e) {
            throw new SchemaMigrationException("Releasing the schema lock failed: " + rootMessage(e), e);
        }
    }

    /** Applies every pending changeset of {@code changelog}, loaded through {@code classLoader}. */
    public void update(String changelog, ClassLoader classLoader) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = freshDatabase(connection);
            Scope.child(scope(classLoader), () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute());
        } catch (Exception e) {
            throw new SchemaMigrationException("Migrating " + changelog + " failed: " + rootMessage(e), e);
        }
        log.info("Schema {} up to date in {} ms", changelog, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Applies every pending changeset of a plugin's {@code changelog} after reading all of it first: when a changeset
     * would create, alter, drop or write a table whose name does not start with {@code prefix}, nothing is applied
     * and the migration fails naming the changeset and the table.
     */
    public void updateWithinPrefix(String changelog, ClassLoader classLoader, String prefix) {
        try {
            Scope.child(scope(classLoader), () -> ChangelogBoundary.check(changelog, prefix,
                    Scope.getCurrentScope().getResourceAccessor()));
        } catch (ChangelogBoundary.OutsidePrefixException e) {
            throw new SchemaMigrationException(e.getMessage(), e);
        } catch (Exception e) {
            throw new SchemaMigrationException("Reading " + changelog + " failed: " + rootMessage(e), e);
        }
        update(changelog, classLoader);
    }

    /**
     * Rolls back the last {@code count} changesets of {@code changelog} (and of no other changelog), e.g. to
     * remove a plugin's tables. Each changeset needs a rollback.
     */
    public void rollback(String changelog, ClassLoader classLoader, int count) {
        if (count <= 0) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            Database database = freshDatabase(connection);
            Scope.child(scope(classLoader), () -> new CommandScope(RollbackCountCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(RollbackCountCommandStep.COUNT_ARG, count)
                    .execute());
        } catch (Exception e) {
            throw new SchemaMigrationException("Rolling back " + changelog + " failed: " + rootMessage(e), e);
        }
        log.info("Rolled back {} changesets of {}", count, changelog);
    }

    /**
     * Liquibase remembers, for the life of the JVM, which changelogs it found up to date and which changesets it
     * saw applied; after a rollback (an uninstalled plugin's data removed) it would then skip applying them
     * again. Forget both first.
     */
    private static Database freshDatabase(Connection connection) throws liquibase.exception.DatabaseException {
        Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
        ChangeLogHistoryServiceFactory.getInstance().resetAll();
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    }

    /** How many changesets of {@code changelog} are applied. */
    public int appliedCount(String changelog) {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = ?")) {
            statement.setString(1, changelog);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getInt(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            throw new SchemaMigrationException("Reading the changelog history failed: " + e.getMessage(), e);
        }
    }

    /** The names of the tables in the application's database, lower case. */
    public java.util.Set<String> tables() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(
                     "SELECT LOWER(TABLE_NAME) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()");
             var result = statement.executeQuery()) {
            java.util.Set<String> tables = new java.util.TreeSet<>();
            while (result.next()) {
                tables.add(result.getString(1));
            }
            return tables;
        } catch (java.sql.SQLException e) {
            throw new SchemaMigrationException("Listing the tables failed: " + e.getMessage(), e);
        }
    }

    /** Reads changelogs through {@code classLoader}; never phones home, never prints a banner. */
    static Map<String, Object> scope(ClassLoader classLoader) {
        return Map.of(
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader),
                Scope.Attr.ui.name(), new LoggerUIService(),
                "liquibase.analytics.enabled", false,
                "liquibase.showBanner", false);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    /** A changelog could not be applied; the schema is as Liquibase left it (each changeset is its own transaction). */
    public static final class SchemaMigrationException extends RuntimeException {
        public SchemaMigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
