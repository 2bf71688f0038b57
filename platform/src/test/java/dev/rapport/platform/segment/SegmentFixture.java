package dev.rapport.platform.segment;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;

import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.Product;
import dev.rapport.platform.customer.ProductDraft;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.SegmentFilter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Hand-made customers for segment tests. Their names share a prefix unique to the test, and every filter the
 * fixture builds starts with it, so other tests' customers in the shared database never match.
 */
final class SegmentFixture {

    final Kernel kernel;
    final Actor admin;
    final String prefix = Kernel.unique("Seg");

    SegmentFixture(Kernel kernel) {
        this.kernel = kernel;
        this.admin = kernel.newActor();
    }

    long customer(String name, LifecycleStage stage, Long ownerId, boolean consent, Set<String> tags) {
        CustomerDraft draft = new CustomerDraft(CustomerKind.ORGANISATION, null, null, prefix + " " + name, stage, ownerId,
                "en", "EUR", "Europe/Berlin", consent, List.of(), List.of(), List.of(), tags, null);
        return kernel.customers.create(draft, admin).id();
    }

    long customer(String name) {
        return customer(name, LifecycleStage.CUSTOMER, null, false, Set.of());
    }

    void createdOn(long customerId, LocalDate day) {
        kernel.dsl.update(CUSTOMER).set(CUSTOMER.CREATED_AT, day.atTime(12, 0).toInstant(ZoneOffset.UTC))
                .where(CUSTOMER.ID.eq(customerId)).execute();
    }

    Product product(String family) {
        return kernel.products.create(new ProductDraft(Kernel.unique("P-"), "Product", family, BigDecimal.TEN,
                BigDecimal.ONE, "EUR", true), admin);
    }

    /** A transaction of {@code product} {@code daysAgo} days ago. */
    void transaction(long customerId, TransactionKind kind, Product product, int daysAgo) {
        kernel.transactions.record(new TransactionDraft(customerId, kind, BigDecimal.TEN, "EUR", product.id(),
                Instant.now().minus(Duration.ofDays(daysAgo)), "test", Kernel.unique("T-")), admin);
    }

    SegmentFilter all() {
        return new SegmentFilter(prefix, Set.of(), null, Set.of(), false, Set.of(), null, null, null, List.of());
    }

    SegmentFilter stages(LifecycleStage... stages) {
        return new SegmentFilter(prefix, Set.of(stages), null, Set.of(), false, Set.of(), null, null, null, List.of());
    }

    SegmentFilter owner(long ownerId) {
        return new SegmentFilter(prefix, Set.of(), ownerId, Set.of(), false, Set.of(), null, null, null, List.of());
    }

    SegmentFilter tags(String... tags) {
        return new SegmentFilter(prefix, Set.of(), null, Set.of(tags), false, Set.of(), null, null, null, List.of());
    }

    SegmentFilter consentOnly() {
        return new SegmentFilter(prefix, Set.of(), null, Set.of(), true, Set.of(), null, null, null, List.of());
    }

    SegmentFilter holds(Product... products) {
        Set<Long> ids = java.util.Arrays.stream(products).map(Product::id).collect(java.util.stream.Collectors.toSet());
        return new SegmentFilter(prefix, Set.of(), null, Set.of(), false, ids, null, null, null, List.of());
    }

    SegmentFilter family(String family) {
        return new SegmentFilter(prefix, Set.of(), null, Set.of(), false, Set.of(), family, null, null, List.of());
    }

    SegmentFilter since(LocalDate from, LocalDate to) {
        return new SegmentFilter(prefix, Set.of(), null, Set.of(), false, Set.of(), null, from, to, List.of());
    }

    SegmentFilter facet(String key, String... values) {
        return new SegmentFilter(prefix, Set.of(), null, Set.of(), false, Set.of(), null, null, null,
                List.of(new FacetCondition(key, Set.of(values))));
    }
}
