package dev.rapport.sdk.customer;

import java.math.BigDecimal;

/**
 * An entry of the product catalogue. Price and cost are exact amounts in {@code currency}.
 *
 * @param id the product's id
 * @param code the unique product code
 * @param name the name
 * @param family the product family, e.g. {@code Cards}
 * @param price the list price
 * @param cost what the product costs the company
 * @param currency ISO 4217 code of price and cost
 * @param active false when the product is discontinued
 * @since 1.0.0
 */
public record ProductInfo(long id, String code, String name, String family, BigDecimal price, BigDecimal cost,
                          String currency, boolean active) {
}
