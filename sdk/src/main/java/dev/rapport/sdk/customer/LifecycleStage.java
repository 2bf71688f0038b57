package dev.rapport.sdk.customer;

/**
 * Where a customer stands in the relationship.
 *
 * @since 1.0.0
 */
public enum LifecycleStage {
    /** Has not bought yet. */
    PROSPECT,
    /** Buys, or holds a product. */
    CUSTOMER,
    /** Bought before, no longer does. */
    FORMER_CUSTOMER
}
