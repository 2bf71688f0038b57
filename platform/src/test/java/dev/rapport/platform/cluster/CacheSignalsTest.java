package dev.rapport.platform.cluster;

import static dev.rapport.platform.internal.db.Tables.CACHE_SIGNAL;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class CacheSignalsTest {

    private final DSLContext dsl = TestDatabase.get().dsl();
    private final TestClock clock = new TestClock(Instant.now());
    private final String cache = unique("cache-");
    private final CacheSignals nodeA = new CacheSignals(dsl, clock, unique("node-a-"));
    private final CacheSignals nodeB = new CacheSignals(dsl, clock, unique("node-b-"));

    @Test
    void anotherNodeDropsTheSignalledEntryOnceAndTheSenderSkipsItsOwn() {
        List<String> droppedOnA = new ArrayList<>();
        List<String> droppedOnB = new ArrayList<>();
        nodeA.on(cache, droppedOnA::add);
        nodeB.on(cache, droppedOnB::add);

        nodeA.send(cache, 42L);
        nodeB.poll();
        nodeB.poll();
        nodeA.poll();

        assertThat(droppedOnB).containsExactly("42");
        assertThat(droppedOnA).as("the sender dropped its entry when it made the change").isEmpty();
    }

    @Test
    void aSignalOfATransactionThatRolledBackIsNeverSeen() {
        List<String> dropped = new ArrayList<>();
        nodeB.on(cache, dropped::add);

        try {
            dsl.transaction(configuration -> {
                nodeA.send(configuration.dsl(), cache, 7L);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the signal goes with the change
        }
        nodeB.poll();

        assertThat(dropped).isEmpty();
    }

    @Test
    void signalsOlderThanTheLookBackAreNotHandledAndThoseOlderThanAnHourAreDeleted() {
        List<String> dropped = new ArrayList<>();
        nodeB.on(cache, dropped::add);
        nodeA.send(cache, "old");

        clock.advance(CacheSignals.LOOK_BACK.plusMillis(1));
        nodeB.poll();
        assertThat(dropped).isEmpty();

        clock.advance(CacheSignals.KEPT);
        nodeB.poll();
        assertThat(dsl.fetchCount(CACHE_SIGNAL, CACHE_SIGNAL.CACHE_NAME.eq(cache))).isZero();
    }

    @Test
    void aHandlerThatThrowsDoesNotStopTheOthers() {
        String other = unique("other-");
        List<String> dropped = new ArrayList<>();
        nodeB.on(cache, key -> {
            throw new IllegalStateException("broken handler");
        });
        nodeB.on(other, dropped::add);
        nodeA.send(cache, 1L);
        clock.advance(Duration.ofMillis(1));
        nodeA.send(other, 2L);

        nodeB.poll();

        assertThat(dropped).containsExactly("2");
    }
}
