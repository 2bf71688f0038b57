package dev.rapport.platform.segment;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_FACET;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.PRODUCT;

import dev.rapport.platform.customer.CustomerConditions;
import dev.rapport.platform.internal.db.tables.CustomerTransaction;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.SegmentFilter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A segment filter as one jOOQ condition on {@code customer}: plain columns for the customer's fields, EXISTS
 * subqueries for tags, products held and facets (each an index range on the customer's id or the facet's key).
 */
final class SegmentConditions {

    private static final List<String> ACQUIRING = List.of(TransactionKind.PURCHASE.name(),
            TransactionKind.SUBSCRIPTION_START.name());
    private static final List<String> ENDING = List.of(TransactionKind.REFUND.name(),
            TransactionKind.SUBSCRIPTION_END.name());

    private SegmentConditions() {
    }

    static Condition of(SegmentFilter filter) {
        List<Condition> conditions = new ArrayList<>(CustomerConditions.ofFields(filter.namePrefix(), filter.stages(),
                filter.ownerId()));
        if (!filter.tags().isEmpty()) {
            conditions.add(DSL.exists(DSL.selectOne().from(CUSTOMER_TAG)
                    .where(CUSTOMER_TAG.CUSTOMER_ID.eq(CUSTOMER.ID)).and(CUSTOMER_TAG.TAG.in(filter.tags()))));
        }
        if (filter.marketingConsentOnly()) {
            conditions.add(CUSTOMER.MARKETING_CONSENT.isTrue());
        }
        CustomerTransaction acquired = CUSTOMER_TRANSACTION.as("acquired");
        if (!filter.productIds().isEmpty()) {
            conditions.add(holds(acquired, acquired.PRODUCT_ID.in(filter.productIds())));
        }
        if (filter.productFamily() != null && !filter.productFamily().isBlank()) {
            conditions.add(holds(acquired, acquired.PRODUCT_ID.in(DSL.select(PRODUCT.ID).from(PRODUCT)
                    .where(PRODUCT.FAMILY.eq(filter.productFamily().strip())))));
        }
        if (filter.customerSinceFrom() != null) {
            conditions.add(CUSTOMER.CREATED_AT.ge(filter.customerSinceFrom().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (filter.customerSinceTo() != null) {
            conditions.add(CUSTOMER.CREATED_AT.lt(filter.customerSinceTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        for (FacetCondition facet : filter.facets()) {
            conditions.add(DSL.exists(DSL.selectOne().from(CUSTOMER_FACET)
                    .where(CUSTOMER_FACET.FACET_KEY.eq(facet.facetKey()))
                    .and(CUSTOMER_FACET.CUSTOMER_ID.eq(CUSTOMER.ID))
                    .and(CUSTOMER_FACET.VALUE.in(facet.values()))));
        }
        return DSL.and(conditions);
    }

    /**
     * The customer holds a product matching {@code product}: a purchase or subscription start of it that no refund
     * or subscription end of the same product at the same time or later cancelled. Deliberately simple: one refund
     * cancels every earlier purchase of the product (partial refunds and quantities are not modelled).
     */
    private static Condition holds(CustomerTransaction acquired, Condition product) {
        CustomerTransaction ended = CUSTOMER_TRANSACTION.as("ended");
        return DSL.exists(DSL.selectOne().from(acquired)
                .where(acquired.CUSTOMER_ID.eq(CUSTOMER.ID))
                .and(acquired.KIND.in(ACQUIRING))
                .and(product)
                .andNotExists(DSL.selectOne().from(ended)
                        .where(ended.CUSTOMER_ID.eq(acquired.CUSTOMER_ID))
                        .and(ended.PRODUCT_ID.eq(acquired.PRODUCT_ID))
                        .and(ended.KIND.in(ENDING))
                        .and(ended.OCCURRED_AT.ge(acquired.OCCURRED_AT))));
    }
}
