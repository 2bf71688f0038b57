package dev.rapport.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class ConflictRetryTest {

    private static DataAccessException conflict() {
        return new DataAccessException("Deadlock found when trying to get lock; try restarting transaction",
                new SQLTransactionRollbackException("Deadlock found", "40001", ConflictRetry.DEADLOCK));
    }

    @Test
    void aTransactionRolledBackByAConflictRunsAgainUntilItCommits() {
        AtomicInteger attempts = new AtomicInteger();

        String result = ConflictRetry.run("test", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw conflict();
            }
            return "committed";
        });

        assertThat(result).isEqualTo("committed");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void theLastConflictIsThrownAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> ConflictRetry.run("test", () -> {
            attempts.incrementAndGet();
            throw conflict();
        })).isInstanceOf(DataAccessException.class).satisfies(e -> assertThat(ConflictRetry.isConflict(e)).isTrue());
        assertThat(attempts).hasValue(ConflictRetry.ATTEMPTS);
    }

    @Test
    void anyOtherErrorIsThrownAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        DataAccessException duplicate = new DataAccessException("Duplicate entry",
                new SQLException("Duplicate entry", "23000", 1062));

        assertThatThrownBy(() -> ConflictRetry.run("test", () -> {
            attempts.incrementAndGet();
            throw duplicate;
        })).isSameAs(duplicate);
        assertThat(attempts).hasValue(1);
    }
}
