package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.PRODUCT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.TestDatabase;
import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

class DemoDataGeneratorDeterminismTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00.123Z");
    private static final int CUSTOMERS = 120;
    /** Several batches written at once: their order of commit must not matter. */
    private static final int CUSTOMERS_PER_BATCH = 25;

    private final DSLContext dsl = TestDatabase.get().dsl();

    @Test
    void theSameSeedAndNowGiveTheSameRowsAndAnotherSeedOtherRows() {
        String first = fingerprintOfRun(new DemoDataGenerator.Options(CUSTOMERS, 7, NOW));
        String again = fingerprintOfRun(new DemoDataGenerator.Options(CUSTOMERS, 7, NOW));
        String otherSeed = fingerprintOfRun(new DemoDataGenerator.Options(CUSTOMERS, 8, NOW));
        String otherNow = fingerprintOfRun(new DemoDataGenerator.Options(CUSTOMERS, 7, NOW.plusSeconds(86_400)));

        assertThat(again).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
        assertThat(otherNow).isNotEqualTo(first);
    }

    @Test
    void rerunsReuseTheStaffUsersAndProducts() {
        GeneratedRows rows = GeneratedRows.from(dsl);
        try {
            var generator = new DemoDataGenerator(dsl);
            generator.generate(new DemoDataGenerator.Options(0, 1, NOW), DemoDataGenerator.Progress.NONE);
            int users = dsl.fetchCount(APP_USER);
            int products = dsl.fetchCount(PRODUCT);

            var result = generator.generate(new DemoDataGenerator.Options(3, 2, NOW), DemoDataGenerator.Progress.NONE);

            assertThat(dsl.fetchCount(APP_USER)).isEqualTo(users);
            assertThat(dsl.fetchCount(PRODUCT)).isEqualTo(products);
            assertThat(result.users()).isEqualTo(DemoStaff.MEMBERS.size());
            assertThat(result.products()).isEqualTo(DemoProducts.CATALOGUE.size());
            assertThat(dsl.fetchCount(APP_USER, APP_USER.USERNAME.eq("anna.schmidt"))).isOne();
        } finally {
            rows.delete();
        }
    }

    /** Generates, fingerprints and deletes the run's rows, so the next run starts from the same ids. */
    private String fingerprintOfRun(DemoDataGenerator.Options options) {
        GeneratedRows rows = GeneratedRows.from(dsl);
        try {
            new DemoDataGenerator(dsl, CUSTOMERS_PER_BATCH).generate(options, DemoDataGenerator.Progress.NONE);
            return rows.fingerprint();
        } finally {
            rows.delete();
        }
    }
}
