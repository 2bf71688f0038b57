package dev.rapport.platform.customer;

/** What happened on a customer's account. Purchases and subscription starts count as revenue, refunds against it. */
public enum TransactionKind {
    PURCHASE, DEPOSIT, WITHDRAWAL, REFUND, SUBSCRIPTION_START, SUBSCRIPTION_END;

    /** +1 for revenue, -1 for refunds, 0 for movements that are not revenue. */
    public int revenueSign() {
        return switch (this) {
            case PURCHASE, SUBSCRIPTION_START -> 1;
            case REFUND -> -1;
            case DEPOSIT, WITHDRAWAL, SUBSCRIPTION_END -> 0;
        };
    }
}
