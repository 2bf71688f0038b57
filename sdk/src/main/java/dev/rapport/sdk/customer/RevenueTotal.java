package dev.rapport.sdk.customer;

import java.math.BigDecimal;

/**
 * Revenue in one currency: purchases and subscription starts minus refunds.
 *
 * @param currency ISO 4217 code of the amount
 * @param amount the exact total; negative when refunds outweigh purchases
 * @param transactions how many revenue transactions (purchases, subscription starts, refunds) it sums
 * @since 1.2.0
 */
public record RevenueTotal(String currency, BigDecimal amount, long transactions) {
}
