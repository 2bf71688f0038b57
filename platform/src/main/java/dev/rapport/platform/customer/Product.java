package dev.rapport.platform.customer;

/** An entry of the product catalogue; price and cost share the product's currency. */
public record Product(long id, String code, String name, String family, Money price, Money cost, boolean active) {
}
