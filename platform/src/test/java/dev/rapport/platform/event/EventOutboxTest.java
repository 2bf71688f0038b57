package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_APPEND_LOCK;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.event.CustomerUpdated;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventOutboxTest {

    private final Kernel kernel = new Kernel();
    private final Actor actor = kernel.newActor();

    @Test
    void aTransactionThatAppendedAnEventDoesNotHoldOtherWritersBackUntilItCommits() throws Exception {
        Customer busy = kernel.customers.create(person("Bea", unique("Busy")), actor);
        Customer quick = kernel.customers.create(person("Quin", unique("Quick")), actor);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch quickCommitted = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> busyTransaction = threads.submit(() -> kernel.dsl.transaction(configuration -> {
                kernel.outbox.append(configuration.dsl(), changed(busy, "first"), EventTypes.KERNEL);
                appended.countDown();
                // Still working after its event: others' events must not wait for this.
                assertThat(quickCommitted.await(20, TimeUnit.SECONDS)).isTrue();
                kernel.outbox.append(configuration.dsl(), changed(busy, "second"), EventTypes.KERNEL);
            }));
            assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> quickTransaction = threads.submit(() -> kernel.dsl.transaction(configuration ->
                    kernel.outbox.append(configuration.dsl(), changed(quick, "only"), EventTypes.KERNEL)));

            quickTransaction.get(5, TimeUnit.SECONDS);
            quickCommitted.countDown();
            busyTransaction.get(20, TimeUnit.SECONDS);
        }

        List<Long> busyEvents = eventIdsOf(busy);
        assertThat(busyEvents).hasSize(3);
        assertThat(busyEvents.get(1)).as("numbered in commit order").isGreaterThan(eventIdsOf(quick).getLast());
        assertThat(busyEvents.get(2)).isEqualTo(busyEvents.get(1) + 1);
    }

    @Test
    void eventsOfARolledBackTransactionOrSavepointAreNotWritten() {
        Customer customer = kernel.customers.create(person("Ron", unique("Rollback")), actor);
        int before = eventIdsOf(customer).size();

        assertThatThrownBy(() -> kernel.dsl.transaction(configuration -> {
            kernel.outbox.append(configuration.dsl(), changed(customer, "lost"), EventTypes.KERNEL);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        kernel.dsl.transaction(configuration -> {
            kernel.outbox.append(configuration.dsl(), changed(customer, "kept-1"), EventTypes.KERNEL);
            try {
                configuration.dsl().transaction(nested -> {
                    kernel.outbox.append(nested.dsl(), changed(customer, "lost"), EventTypes.KERNEL);
                    throw new IllegalStateException("to the savepoint");
                });
            } catch (IllegalStateException expected) {
                // the nested transaction's event goes with it
            }
            configuration.dsl().transaction(nested ->
                    kernel.outbox.appendAll(nested.dsl(), List.of(changed(customer, "kept-2")), EventTypes.KERNEL));
            kernel.outbox.append(configuration.dsl(), changed(customer, "kept-3"), EventTypes.KERNEL);
        });

        assertThat(kernel.dsl.select(DOMAIN_EVENT.PAYLOAD).from(DOMAIN_EVENT)
                .where(DOMAIN_EVENT.CUSTOMER_ID.eq(customer.id())).orderBy(DOMAIN_EVENT.ID).offset(before)
                .fetch(DOMAIN_EVENT.PAYLOAD))
                .hasSize(3).satisfiesExactly(
                        payload -> assertThat(payload).contains("kept-1"),
                        payload -> assertThat(payload).contains("kept-2"),
                        payload -> assertThat(payload).contains("kept-3"));
    }

    @Test
    void anEventAppendedOutsideATransactionIsWrittenAtOnce() {
        Customer customer = kernel.customers.create(person("Otto", unique("Outside")), actor);
        int before = eventIdsOf(customer).size();

        kernel.outbox.append(kernel.dsl, changed(customer, "alone"), EventTypes.KERNEL);

        assertThat(eventIdsOf(customer)).hasSize(before + 1);
    }

    @Test
    void eventsAreNumberedFromTheCounterRowNotByAutoIncrement() {
        Customer customer = kernel.customers.create(person("Nina", unique("Numbers")), actor);
        // A Galera node hands out AUTO_INCREMENT values of its own offset: here a number far ahead of the counter.
        long counter = kernel.dsl.select(EVENT_APPEND_LOCK.LAST_EVENT_ID).from(EVENT_APPEND_LOCK).fetchSingle().value1();
        kernel.dsl.execute("ALTER TABLE domain_event AUTO_INCREMENT = " + (counter + 1_000));

        kernel.outbox.append(kernel.dsl, changed(customer, "counted"), EventTypes.KERNEL);
        kernel.outbox.appendAll(kernel.dsl, List.of(changed(customer, "after-1"), changed(customer, "after-2")),
                EventTypes.KERNEL);

        assertThat(eventIdsOf(customer)).endsWith(counter + 1, counter + 2, counter + 3);
    }

    private List<Long> eventIdsOf(Customer customer) {
        return kernel.dsl.select(DOMAIN_EVENT.ID).from(DOMAIN_EVENT).where(DOMAIN_EVENT.CUSTOMER_ID.eq(customer.id()))
                .orderBy(DOMAIN_EVENT.ID).fetch(DOMAIN_EVENT.ID);
    }

    private static CustomerUpdated changed(Customer customer, String field) {
        return new CustomerUpdated(customer.id(), Set.of(field), customer.details().stage(), customer.details().ownerId());
    }
}
