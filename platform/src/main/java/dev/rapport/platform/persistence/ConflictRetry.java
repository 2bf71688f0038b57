package dev.rapport.platform.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a whole transaction again when the database rolled it back because it clashed with another: a deadlock on one
 * server, or on a Galera cluster a certification conflict with a transaction committed on another node (both are
 * MariaDB error 1213, SQL state 40001). Galera reports the conflict only at commit, so any transaction that writes
 * rows another node may write at the same time can meet it; the whole transaction was rolled back, so running it
 * again from its start is safe as long as it does nothing outside the database before it commits.
 *
 * <p>Waits between attempts grow from {@link #FIRST_PAUSE} and are drawn at random up to twice that, so two nodes
 * that clashed do not clash again in step. After {@link #ATTEMPTS} attempts the last error is thrown. Only for
 * work that starts its own transaction: inside a caller's transaction the caller must retry. Inside
 * {@link Database#inOneTransaction} the work's transaction joins that one, so it runs once here and a conflict goes
 * to whoever called {@code inOneTransaction}, to run the whole of it again.
 */
public final class ConflictRetry {

    private static final Logger log = LoggerFactory.getLogger(ConflictRetry.class);

    /** MariaDB's error for a deadlock, also used by Galera for a certification conflict. */
    public static final int DEADLOCK = 1213;
    public static final int ATTEMPTS = 5;
    public static final Duration FIRST_PAUSE = Duration.ofMillis(10);

    private ConflictRetry() {
    }

    /**
     * Runs {@code transaction} (which must begin and commit a transaction of its own), again after a conflict.
     *
     * @throws DataAccessException the last conflict after {@link #ATTEMPTS} attempts, or any other error at once
     */
    public static <T> T run(String what, Supplier<T> transaction) {
        if (AmbientTransaction.current() != null) {
            // Joined to a longer transaction the database rolled back whole: only its owner can run it again.
            return transaction.get();
        }
        long pause = FIRST_PAUSE.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (DataAccessException e) {
                if (!isConflict(e) || attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("{}: conflict with another transaction (attempt {} of {}), again", what, attempt, ATTEMPTS);
                sleep(pause + ThreadLocalRandom.current().nextLong(pause + 1));
                pause *= 2;
            }
        }
    }

    /** {@link #run(String, Supplier)} for work without a result. */
    public static void run(String what, Runnable transaction) {
        run(what, () -> {
            transaction.run();
            return null;
        });
    }

    /** Whether {@code e} is a deadlock or a certification conflict: the transaction was rolled back whole. */
    public static boolean isConflict(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessException("Interrupted while waiting to run a transaction again", e);
        }
    }
}
