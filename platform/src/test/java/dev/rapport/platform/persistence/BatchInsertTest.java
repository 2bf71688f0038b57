package dev.rapport.platform.persistence;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class BatchInsertTest {

    private final Kernel kernel = new Kernel();
    private final DSLContext dsl = kernel.dsl;

    @Test
    void storesEveryRowWithNullsAndTimestampsThroughTheFieldsConverters() {
        String type = unique("test:batch-");
        Instant first = Instant.parse("2026-03-29T02:30:00.123Z"); // milliseconds kept, stored as UTC
        Instant second = Instant.parse("2026-10-25T02:30:00.456Z");
        List<Object[]> rows = List.of(new Object[] {type, 7L, "{\"n\":1}", "kernel", first},
                new Object[] {type, null, "{\"n\":2}", "kernel", second});

        int inserted = BatchInsert.execute(dsl, DOMAIN_EVENT, List.of(DOMAIN_EVENT.EVENT_TYPE, DOMAIN_EVENT.CUSTOMER_ID,
                DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT), rows, false);

        assertThat(inserted).isEqualTo(2);
        var stored = dsl.selectFrom(DOMAIN_EVENT).where(DOMAIN_EVENT.EVENT_TYPE.eq(type)).orderBy(DOMAIN_EVENT.ID).fetch();
        assertThat(stored).extracting(r -> r.getCustomerId()).containsExactly(7L, null);
        assertThat(stored).extracting(r -> r.getPayload()).containsExactly("{\"n\":1}", "{\"n\":2}");
        assertThat(stored).extracting(r -> r.getPublishedAt()).containsExactly(first, second);
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
    void aTransactionRolledBackTakesItsBatchWithIt() {
        String type = unique("test:rolled-back-");
        assertThatThrownBy(() -> dsl.transaction(configuration -> {
            BatchInsert.execute(configuration.dsl(), DOMAIN_EVENT, List.of(DOMAIN_EVENT.EVENT_TYPE,
                    DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT),
                    List.<Object[]>of(new Object[] {type, "{}", "kernel", Instant.now()}), false);
            throw new IllegalStateException("changed my mind");
        })).hasMessageContaining("changed my mind");

        assertThat(dsl.fetchCount(DOMAIN_EVENT, DOMAIN_EVENT.EVENT_TYPE.eq(type))).isZero();
    }
}
