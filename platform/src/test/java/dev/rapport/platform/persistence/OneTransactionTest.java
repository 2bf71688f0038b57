package dev.rapport.platform.persistence;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.platform.user.Actor;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/**
 * {@link Database#inOneTransaction}: the services' own transactions join it, so their writes commit together or not
 * at all, a service's failure undoes only its part, events and after-commit actions wait for the one commit, and a
 * conflict anywhere runs the whole work again.
 */
class OneTransactionTest {

    private final Database database = TestDatabase.get();
    private final Kernel kernel = new Kernel();
    private final Actor actor = kernel.newActor();

    @Test
    void whatTheServicesWriteCommitsTogetherOrNotAtAll() {
        String kept = unique("Kept");
        String dropped = unique("Dropped");

        database.inOneTransaction(() -> kernel.customers.create(person("Kim", kept), actor));
        assertThatThrownBy(() -> database.inOneTransaction(() -> {
            kernel.customers.create(person("Dan", dropped), actor);
            throw new IllegalStateException("the call failed after the write");
        })).hasMessageContaining("after the write");

        assertThat(customersNamed(kept)).isEqualTo(1);
        assertThat(customersNamed(dropped)).isZero();
    }

    @Test
    void aJoinedTransactionThatFailsUndoesOnlyItsOwnPart() {
        String outer = unique("Outer");
        String inner = unique("Inner");

        database.inOneTransaction(() -> {
            kernel.customers.create(person("Ola", outer), actor);
            try {
                kernel.dsl.transaction(configuration -> {
                    kernel.customers.create(person("Ines", inner), actor);
                    throw new IllegalStateException("refused");
                });
            } catch (IllegalStateException refused) {
                // The caller goes on without the inner part.
            }
            return null;
        });

        assertThat(customersNamed(outer)).isEqualTo(1);
        assertThat(customersNamed(inner)).isZero();
    }

    @Test
    void eventsAndAfterCommitActionsWaitForTheOneCommit() {
        Thread caller = Thread.currentThread();
        AtomicInteger commits = new AtomicInteger();
        database.afterCommit(() -> {
            if (Thread.currentThread() == caller) {
                commits.incrementAndGet();
            }
        });

        Customer created = database.inOneTransaction(() -> {
            Customer customer = kernel.customers.create(person("Eve", unique("Events")), actor);
            kernel.customers.create(person("Eli", unique("Events")), actor);
            assertThat(Database.outsideTransaction(() -> eventsOf(customer))).as("not visible before the commit")
                    .isZero();
            assertThat(commits).as("no after-commit action for a joined transaction").hasValue(0);
            return customer;
        });

        assertThat(eventsOf(created)).isPositive();
        assertThat(commits).as("one commit, one after-commit action").hasValue(1);
    }

    @Test
    void aConflictThatAServiceSwallowedStillRunsTheWholeWorkAgain() {
        String name = unique("Conflict");
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger innerAttempts = new AtomicInteger();

        ConflictRetry.run("test", () -> database.inOneTransaction(() -> {
            kernel.customers.create(person("Con", name), actor);
            if (attempts.incrementAndGet() == 1) {
                try {
                    ConflictRetry.run("a joined part", () -> kernel.dsl.transaction(configuration -> {
                        innerAttempts.incrementAndGet();
                        throw new DataAccessException("Deadlock", new SQLTransactionRollbackException("Deadlock",
                                "40001", ConflictRetry.DEADLOCK));
                    }));
                } catch (DataAccessException swallowed) {
                    // A careless caller: the conflict still ends the whole transaction.
                }
            }
            return null;
        }));

        assertThat(innerAttempts).as("a joined part is not run again alone").hasValue(1);
        assertThat(attempts).hasValue(2);
        assertThat(customersNamed(name)).as("the first attempt's write was rolled back").isEqualTo(1);
    }

    @Test
    void aRealDeadlockBetweenTwoCallsRunsTheLoserAgainAndBothCommit() throws Exception {
        Customer first = kernel.customers.create(person("Dee", unique("Deadlock")), actor);
        Customer second = kernel.customers.create(person("Del", unique("Deadlock")), actor);
        CountDownLatch bothLocked = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> one = threads.submit(() -> crossUpdate(first, second, bothLocked, attempts));
            Future<?> other = threads.submit(() -> crossUpdate(second, first, bothLocked, attempts));
            one.get(60, TimeUnit.SECONDS);
            other.get(60, TimeUnit.SECONDS);
        }

        assertThat(attempts).as("the deadlock's loser ran again").hasValue(3);
        assertThat(notesOf(first)).isEqualTo("touched twice");
        assertThat(notesOf(second)).isEqualTo("touched twice");
    }

    /** Locks {@code mine}, waits until the other call locked its row, then wants it: one of the two is the loser. */
    private void crossUpdate(Customer mine, Customer theirs, CountDownLatch bothLocked, AtomicInteger attempts) {
        ConflictRetry.run("cross update", () -> database.inOneTransaction(() -> {
            attempts.incrementAndGet();
            touch(mine);
            bothLocked.countDown();
            try {
                assertThat(bothLocked.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                touch(theirs);
            } catch (DataAccessException deadlock) {
                // Swallowed on purpose: the statement's conflict alone must make the whole work run again.
            }
            return null;
        }));
    }

    private void touch(Customer customer) {
        kernel.dsl.update(CUSTOMER)
                .set(CUSTOMER.NOTES, org.jooq.impl.DSL.when(CUSTOMER.NOTES.eq("touched once"), "touched twice")
                        .otherwise("touched once"))
                .where(CUSTOMER.ID.eq(customer.id())).execute();
    }

    private String notesOf(Customer customer) {
        return kernel.dsl.select(CUSTOMER.NOTES).from(CUSTOMER).where(CUSTOMER.ID.eq(customer.id())).fetchSingle().value1();
    }

    private int customersNamed(String lastName) {
        return kernel.dsl.fetchCount(CUSTOMER, CUSTOMER.LAST_NAME.eq(lastName));
    }

    private int eventsOf(Customer customer) {
        return kernel.dsl.fetchCount(DOMAIN_EVENT, DOMAIN_EVENT.CUSTOMER_ID.eq(customer.id()));
    }
}
