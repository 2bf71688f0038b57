package dev.rapport.platform.money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored exchange rate: on {@code date}, one unit of {@code base} was worth {@code rate} units of {@code quote}.
 *
 * @param changedAt when it was last entered or imported
 */
public record ExchangeRate(long id, LocalDate date, String base, String quote, BigDecimal rate, Instant changedAt) {
}
