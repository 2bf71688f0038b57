package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.DEMO_SEEDING;
import static dev.rapport.platform.internal.db.Tables.DEMO_SEEDING_BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A first start cut short while it made the demo data (killed, power lost: simulated by a failure after a batch
 * was committed) is completed by the next start to exactly the rows of an uncut run, none missing and none twice,
 * and the demo accounts are set up once, at the end; a finished run is never repeated.
 */
class DemoSeedingTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00.123Z");
    private static final int CUSTOMERS = 100;
    private static final int CUSTOMERS_PER_BATCH = 20;

    private final DSLContext dsl = TestDatabase.get().dsl();
    private final List<Instant> accountSetUps = new ArrayList<>();

    /** Thrown where the process died. */
    private static final class Cut extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @AfterEach
    void forgetTheRun() {
        dsl.deleteFrom(DEMO_SEEDING_BATCH).execute();
        dsl.deleteFrom(DEMO_SEEDING).execute();
    }

    @ParameterizedTest(name = "cut after {0} customers")
    @ValueSource(ints = {20, 60, CUSTOMERS})
    void aRunCutShortIsCompletedByTheNextStartToTheRowsOfAnUncutRun(int cutAfter) {
        String uncut = fingerprintOfUncutRun();

        GeneratedRows rows = GeneratedRows.from(dsl);
        try {
            assertThatThrownBy(() -> seeding().complete(CUSTOMERS, 42, (done, total, written) -> {
                if (done >= cutAfter) {
                    throw new Cut();
                }
            })).isInstanceOf(Cut.class);
            assertThat(accountSetUps).as("accounts set up before the cut").isEmpty();
            assertThat(dsl.fetchCount(CUSTOMER, rows.customers())).as("customers written before the cut")
                    .isBetween(cutAfter, CUSTOMERS);

            var completed = seeding().complete(CUSTOMERS, 42, DemoDataGenerator.Progress.NONE);

            assertThat(completed).isPresent();
            assertThat(rows.fingerprint()).as("the rows after the next start").isEqualTo(uncut);
            assertThat(dsl.fetchCount(CUSTOMER, rows.customers())).isEqualTo(CUSTOMERS);
            assertThat(accountSetUps).containsExactly(NOW);
            assertThat(seeding().complete(CUSTOMERS, 42, DemoDataGenerator.Progress.NONE))
                    .as("a start after the finished run").isEmpty();
            assertThat(dsl.fetchCount(CUSTOMER, rows.customers())).isEqualTo(CUSTOMERS);
            assertThat(accountSetUps).hasSize(1);
        } finally {
            rows.delete();
        }
    }

    @Test
    void anInstallationWithCustomersButNoRunIsLeftAsItIs() {
        GeneratedRows rows = GeneratedRows.from(dsl);
        try {
            // Seeded before runs were recorded.
            new DemoDataGenerator(dsl).generate(new DemoDataGenerator.Options(1, 42, NOW), DemoDataGenerator.Progress.NONE);

            assertThat(seeding().completeIfNeeded(CUSTOMERS, 42, DemoDataGenerator.Progress.NONE)).isEmpty();

            assertThat(dsl.fetchCount(CUSTOMER, rows.customers())).isOne();
            assertThat(dsl.fetchExists(DEMO_SEEDING)).isFalse();
            assertThat(accountSetUps).isEmpty();
        } finally {
            rows.delete();
        }
    }

    private String fingerprintOfUncutRun() {
        GeneratedRows rows = GeneratedRows.from(dsl);
        try {
            seeding().complete(CUSTOMERS, 42, DemoDataGenerator.Progress.NONE);
            return rows.fingerprint();
        } finally {
            rows.delete();
            forgetTheRun();
            accountSetUps.clear();
        }
    }

    /** A new one for each start, as a restarted platform makes. */
    private DemoSeeding seeding() {
        return new DemoSeeding(dsl, new TestClock(NOW), CUSTOMERS_PER_BATCH, (transaction, now) -> accountSetUps.add(now));
    }
}
