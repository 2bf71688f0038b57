package dev.rapport.platform.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rate an administrator enters or a file brings: one {@code base} is worth {@code rate} {@code quote} on {@code date}. */
public record ExchangeRateDraft(LocalDate date, String base, String quote, BigDecimal rate) {
}
