package dev.rapport.platform.segment;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_FACET;

import dev.rapport.platform.internal.db.tables.records.CustomerFacetRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep4;
import org.jooq.impl.DSL;

/** Customers' facet values: one row per facet and customer, replaced on every write. */
final class FacetStore {

    /** Rows per multi-row insert of a batch write: large enough to amortise the round trip, small for the log. */
    static final int BATCH = 1000;

    private final DSLContext db;

    FacetStore(DSLContext db) {
        this.db = db;
    }

    void set(String facetKey, Map<Long, String> values, Instant now) {
        List<Map.Entry<Long, String>> entries = new ArrayList<>(values.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        for (int from = 0; from < entries.size(); from += BATCH) {
            var insert = db.insertInto(CUSTOMER_FACET, CUSTOMER_FACET.FACET_KEY, CUSTOMER_FACET.CUSTOMER_ID,
                    CUSTOMER_FACET.VALUE, CUSTOMER_FACET.UPDATED_AT);
            InsertValuesStep4<CustomerFacetRecord, String, Long, String, Instant> rows = null;
            for (Map.Entry<Long, String> entry : entries.subList(from, Math.min(from + BATCH, entries.size()))) {
                rows = (rows == null ? insert : rows).values(facetKey, entry.getKey(), entry.getValue(), now);
            }
            rows.onDuplicateKeyUpdate()
                    .set(CUSTOMER_FACET.VALUE, DSL.excluded(CUSTOMER_FACET.VALUE))
                    .set(CUSTOMER_FACET.UPDATED_AT, DSL.excluded(CUSTOMER_FACET.UPDATED_AT))
                    .execute();
        }
    }

    void clear(String facetKey, long customerId) {
        db.deleteFrom(CUSTOMER_FACET).where(CUSTOMER_FACET.FACET_KEY.eq(facetKey))
                .and(CUSTOMER_FACET.CUSTOMER_ID.eq(customerId)).execute();
    }
}
