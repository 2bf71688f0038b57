package dev.rapport.platform.persistence;

import static dev.rapport.platform.internal.db.Tables.LEASE;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class LeaseStoreTest {

    private static final Duration TERM = Duration.ofSeconds(10);

    private final DSLContext dsl = TestDatabase.get().dsl();
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final LeaseStore leases = new LeaseStore(dsl, clock);
    private final String name = unique("job-");

    @Test
    void anotherHolderTakesTheLeaseOnlyOnceItHasEndedWithALargerToken() {
        Lease first = leases.acquire(name, "node-a", TERM).orElseThrow();

        clock.advance(TERM.minusMillis(1));
        assertThat(leases.acquire(name, "node-b", TERM)).isEmpty();
        clock.advance(Duration.ofMillis(1));
        Lease second = leases.acquire(name, "node-b", TERM).orElseThrow();

        assertThat(second.token()).isGreaterThan(first.token());
        assertThat(second.expiresAt()).isEqualTo(clock.instant().plus(TERM));
    }

    @Test
    void aRenewalExtendsTheLeaseButNotOnceItWasLost() {
        Lease first = leases.acquire(name, "node-a", TERM).orElseThrow();
        clock.advance(Duration.ofSeconds(2));
        Lease renewed = leases.renew(first, TERM).orElseThrow();
        assertThat(renewed.expiresAt()).isEqualTo(clock.instant().plus(TERM));

        clock.advance(TERM);
        leases.acquire(name, "node-b", TERM).orElseThrow();
        assertThat(leases.renew(renewed, TERM)).as("renewed after another took over").isEmpty();
        assertThat(dsl.fetchCount(LEASE, LEASE.NAME.eq(name).and(LEASE.HOLDER.eq("node-b")))).isOne();
    }

    @Test
    void aWriteFencedByTheLeaseFindsNoRowOnceItWasLostEvenToTheSameHolder() {
        Lease first = leases.acquire(name, "node-a", TERM).orElseThrow();
        assertThat(dsl.fetchExists(dsl.selectOne().where(leases.stillHeld(first)))).isTrue();

        clock.advance(TERM);
        Lease again = leases.acquire(name, "node-a", TERM).orElseThrow();

        assertThat(dsl.fetchExists(dsl.selectOne().where(leases.stillHeld(first)))).isFalse();
        assertThat(dsl.fetchExists(dsl.selectOne().where(leases.stillHeld(again)))).isTrue();
    }

    @Test
    void aReleasedLeaseCanBeTakenAtOnce() {
        Lease first = leases.acquire(name, "node-a", TERM).orElseThrow();

        leases.release(first);

        assertThat(leases.acquire(name, "node-b", TERM)).isPresent();
    }

    @Test
    void aLeaseReleasedByANodeWhoseClockRunsAheadIsFreeAtOnceForANodeBehindIt() {
        TestClock ahead = new TestClock(clock.instant().plus(Duration.ofDays(31)));
        Lease first = new LeaseStore(dsl, ahead).acquire(name, "node-a", TERM).orElseThrow();

        new LeaseStore(dsl, ahead).release(first);

        assertThat(leases.acquire(name, "node-b", TERM)).as("taken by a node a month behind").isPresent();
    }
}
