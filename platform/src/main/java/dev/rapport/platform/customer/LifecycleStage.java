package dev.rapport.platform.customer;

/** Where a customer stands: not yet bought, buying, or no longer buying. */
public enum LifecycleStage {
    PROSPECT, CUSTOMER, FORMER_CUSTOMER
}
