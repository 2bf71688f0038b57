package dev.rapport.platform.persistence;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** Batch inserts on kernel tables; never on domain_event, whose numbers only EventOutbox may hand out. */
class BatchInsertTest {

    private final Kernel kernel = new Kernel();
    private final DSLContext dsl = kernel.dsl;

    @Test
    void storesEveryRowWithNullsAndTimestampsThroughTheFieldsConverters() {
        String actor = unique("test:batch-");
        Instant first = Instant.parse("2026-03-29T02:30:00.123Z"); // milliseconds kept, stored as UTC
        Instant second = Instant.parse("2026-10-25T02:30:00.456Z");
        List<Object[]> rows = List.of(new Object[] {actor, 7L, "CUSTOMER_CREATED", "{\"n\":1}", first},
                new Object[] {actor, null, "CUSTOMER_CREATED", "{\"n\":2}", second});

        int inserted = BatchInsert.execute(dsl, AUDIT_ENTRY, List.of(AUDIT_ENTRY.ACTOR_NAME, AUDIT_ENTRY.ACTOR_ID,
                AUDIT_ENTRY.ACTION, AUDIT_ENTRY.DETAILS, AUDIT_ENTRY.OCCURRED_AT), rows, false);

        assertThat(inserted).isEqualTo(2);
        var stored = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ACTOR_NAME.eq(actor)).orderBy(AUDIT_ENTRY.ID).fetch();
        assertThat(stored).extracting(r -> r.getActorId()).containsExactly(7L, null);
        assertThat(stored).extracting(r -> r.getDetails()).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(stored).extracting(r -> r.getOccurredAt()).containsExactly(first, second);
    }

    @Test
    void skipsRowsWhoseKeyIsStoredOnlyWhenToldTo() {
        long customerId = kernel.customers.create(person("Tina", unique("Tags")), kernel.newActor()).id();
        var fields = List.of(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG);
        BatchInsert.execute(dsl, CUSTOMER_TAG, fields, List.<Object[]>of(new Object[] {customerId, "batch-a"}), false);

        BatchInsert.execute(dsl, CUSTOMER_TAG, fields,
                List.of(new Object[] {customerId, "batch-a"}, new Object[] {customerId, "batch-b"}), true);

        assertThat(dsl.select(CUSTOMER_TAG.TAG).from(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.eq(customerId))
                .and(CUSTOMER_TAG.TAG.startsWith("batch-")).orderBy(CUSTOMER_TAG.TAG).fetch(CUSTOMER_TAG.TAG))
                .containsExactly("batch-a", "batch-b");
        assertThatThrownBy(() -> BatchInsert.execute(dsl, CUSTOMER_TAG, fields,
                List.<Object[]>of(new Object[] {customerId, "batch-a"}), false))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Duplicate entry");
    }

    @Test
    void anUpsertReplacesTheGivenFieldsOfRowsWhoseKeyIsStored() {
        LocalDate day = LocalDate.of(1971, 8, 13);
        Instant first = Instant.parse("2026-01-01T00:00:00Z");
        Instant second = Instant.parse("2026-02-01T00:00:00Z");
        var fields = List.of(EXCHANGE_RATE.RATE_DATE, EXCHANGE_RATE.BASE_CURRENCY, EXCHANGE_RATE.QUOTE_CURRENCY,
                EXCHANGE_RATE.RATE, EXCHANGE_RATE.CHANGED_AT);
        var replaced = List.of(EXCHANGE_RATE.RATE, EXCHANGE_RATE.CHANGED_AT);
        try {
            BatchInsert.upsert(dsl, EXCHANGE_RATE, fields, List.<Object[]>of(
                    new Object[] {day, "USD", "DEM", new BigDecimal("4.0"), first}), replaced);

            int given = BatchInsert.upsert(dsl, EXCHANGE_RATE, fields, List.of(
                    new Object[] {day, "USD", "DEM", new BigDecimal("3.66"), second},
                    new Object[] {day, "USD", "FRF", new BigDecimal("6.2"), second}), replaced);

            assertThat(given).isEqualTo(2);
            assertThat(dsl.select(EXCHANGE_RATE.QUOTE_CURRENCY, EXCHANGE_RATE.RATE, EXCHANGE_RATE.CHANGED_AT)
                    .from(EXCHANGE_RATE).where(EXCHANGE_RATE.RATE_DATE.eq(day)).orderBy(EXCHANGE_RATE.QUOTE_CURRENCY)
                    .fetch(r -> r.value1() + " " + r.value2().stripTrailingZeros().toPlainString() + " " + r.value3()))
                    .containsExactly("DEM 3.66 " + second, "FRF 6.2 " + second);
        } finally {
            dsl.deleteFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.RATE_DATE.eq(day)).execute();
        }
    }

    @Test
    void aTransactionRolledBackTakesItsBatchWithIt() {
        String actor = unique("test:rolled-back-");
        assertThatThrownBy(() -> dsl.transaction(configuration -> {
            BatchInsert.execute(configuration.dsl(), AUDIT_ENTRY, List.of(AUDIT_ENTRY.ACTOR_NAME,
                    AUDIT_ENTRY.ACTION, AUDIT_ENTRY.OCCURRED_AT),
                    List.<Object[]>of(new Object[] {actor, "CUSTOMER_CREATED", Instant.now()}), false);
            throw new IllegalStateException("changed my mind");
        })).hasMessageContaining("changed my mind");

        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTOR_NAME.eq(actor))).isZero();
    }
}
