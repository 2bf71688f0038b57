package dev.rapport.sdk.customer;

/**
 * What happened on a customer's account. Purchases and subscription starts count as revenue, refunds
 * against it; deposits, withdrawals and subscription ends are movements, not revenue.
 *
 * @since 1.0.0
 */
public enum TransactionKind {
    /** The customer bought a product. */
    PURCHASE,
    /** Money paid into an account the customer holds. */
    DEPOSIT,
    /** Money taken out of an account the customer holds. */
    WITHDRAWAL,
    /** Money paid back to the customer. */
    REFUND,
    /** A subscription began; the amount is its first period's price. */
    SUBSCRIPTION_START,
    /** A subscription ended. */
    SUBSCRIPTION_END;

    /**
     * How the transaction counts towards revenue.
     *
     * @return +1 for revenue, -1 for refunds, 0 for movements that are not revenue
     */
    public int revenueSign() {
        return switch (this) {
            case PURCHASE, SUBSCRIPTION_START -> 1;
            case REFUND -> -1;
            case DEPOSIT, WITHDRAWAL, SUBSCRIPTION_END -> 0;
        };
    }
}
