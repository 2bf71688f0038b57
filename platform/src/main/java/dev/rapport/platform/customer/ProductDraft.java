package dev.rapport.platform.customer;

import java.math.BigDecimal;

/** What a user enters for a product. */
public record ProductDraft(String code, String name, String family, BigDecimal price, BigDecimal cost,
                           String currency, boolean active) {
}
