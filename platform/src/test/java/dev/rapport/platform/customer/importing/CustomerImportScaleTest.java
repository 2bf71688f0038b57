package dev.rapport.platform.customer.importing;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.LifecycleStage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * A file of 20,000 rows, generated on the fly, in the default chunks of 1,000: counts, stored rows, events and
 * problems must add up. Correctness only; how fast is measured elsewhere.
 */
class CustomerImportScaleTest {

    private static final int ROWS = 20_000;

    private final Kernel kernel = new Kernel();
    private final Actor actor = kernel.newActor();
    private final CustomerImportService imports = new CustomerImportService(kernel.customers, kernel.users, kernel.audit);
    private final String tag = unique("scale");
    private final String domain = unique("d") + ".example";
    /** German mobile numbers from here on belong to this test: +49 151 and eight digits. */
    private final int firstPhone = 10_000_000 + ThreadLocalRandom.current().nextInt(50_000_000);

    @Test
    void importsTwentyThousandRowsAndAccountsForEveryOne() throws IOException {
        List<Customer> existing = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            existing.add(kernel.customers.create(Kernel.person("Old", unique("Existing")), actor));
        }
        Path file = Files.createTempFile("customers-", ".csv");
        try {
            Expected expected = write(file, existing);
            List<ImportProgress> progress = new ArrayList<>();
            ImportSummary summary;
            try (InputStream in = Files.newInputStream(file)) {
                summary = imports.run(in, settings(file), actor, progress::add);
            }
            try {
                assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.COMPLETED);
                assertThat(summary.counts()).isEqualTo(new ImportProgress(ROWS, expected.imported(),
                        expected.duplicates(), expected.invalid(), Files.size(file)));
                assertThat(progress).hasSize(ROWS / CustomerImportService.ROWS_PER_CHUNK);
                assertThat(progress).extracting(ImportProgress::read).isSorted();
                assertThat(progress.getLast()).isEqualTo(summary.counts());

                List<Long> ids = kernel.dsl.select(CUSTOMER_TAG.CUSTOMER_ID).from(CUSTOMER_TAG)
                        .where(CUSTOMER_TAG.TAG.eq(tag)).fetch(CUSTOMER_TAG.CUSTOMER_ID);
                assertThat(ids).hasSize((int) expected.imported());
                assertThat(kernel.dsl.fetchCount(CUSTOMER_EMAIL, CUSTOMER_EMAIL.CUSTOMER_ID.in(ids))).isEqualTo(ids.size());
                assertThat(kernel.dsl.fetchCount(CUSTOMER_PHONE, CUSTOMER_PHONE.CUSTOMER_ID.in(ids))).isEqualTo(ids.size());
                assertThat(kernel.dsl.fetchCount(DOMAIN_EVENT, DOMAIN_EVENT.CUSTOMER_ID.in(ids))).isEqualTo(ids.size());
                assertThat(kernel.dsl.select(DSL.countDistinct(CUSTOMER_EMAIL.EMAIL)).from(CUSTOMER_EMAIL)
                        .where(CUSTOMER_EMAIL.CUSTOMER_ID.in(ids)).fetchSingle().value1()).isEqualTo(ids.size());
                assertThat(kernel.customers.get(ids.getLast()).details().addresses()).hasSize(1);

                assertThat(summary.problems().count()).isEqualTo(expected.invalid() + expected.duplicates());
                assertThat(summary.problems().first()).hasSize(ImportProblems.KEPT_IN_MEMORY);
                long[] all = {0};
                summary.problems().forEach(problem -> all[0]++);
                assertThat(all[0]).isEqualTo(summary.problems().count());
            } finally {
                summary.problems().delete();
            }
        } finally {
            Files.delete(file);
        }
    }

    private record Expected(long imported, long duplicates, long invalid) {
    }

    /**
     * Writes {@link #ROWS} rows: every 20th has a bad email address, every 50th repeats the previous row's
     * email address, and five have the email address of an existing customer.
     */
    private Expected write(Path file, List<Customer> existing) throws IOException {
        long duplicates = 0;
        long invalid = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First name;Last name;Email;Mobile;Street;Postal code;City;Country;Tags;Stage\n");
            for (int i = 0; i < ROWS; i++) {
                String email = "person" + i + "@" + domain;
                if (i % 20 == 7) {
                    email = "person" + i + "-at-" + domain;
                    invalid++;
                } else if (i % 50 == 3) {
                    email = "person" + (i - 1) + "@" + domain;
                    duplicates++;
                } else if (i % 4000 == 11) {
                    email = existing.get(i / 4000).details().emails().getFirst().address();
                    duplicates++;
                }
                out.write("Person;Number " + i + ";" + email + ";+49 151 " + (firstPhone + i) + ";Hauptstraße " + (i % 200 + 1)
                        + ";10115;Berlin;DE;" + tag + "|scale;" + (i % 2 == 0 ? "Kunde" : "Prospect") + "\n");
            }
        }
        return new Expected(ROWS - duplicates - invalid, duplicates, invalid);
    }

    private ImportSettings settings(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ImportSettings(imports.inspect(in).proposedMapping(), new ImportDefaults(null,
                    LifecycleStage.PROSPECT, actor.userId(), "de", "EUR", "Europe/Berlin", "DE"), DuplicatePolicy.SKIP);
        }
    }
}
