package dev.rapport.platform.money;

import dev.rapport.sdk.money.CurrencyConverter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** Where conversions find stored rates. */
@FunctionalInterface
interface RateSource {

    /**
     * The stored rate of {@code base→quote} (as entered, never inverted) of the latest day on or before {@code date}
     * and at most {@link dev.rapport.sdk.money.CurrencyConverter#MAX_RATE_AGE_DAYS} days before it.
     */
    Optional<DatedRate> latest(String base, String quote, LocalDate date);

    /**
     * {@code found}, the latest stored rate on or before {@code date}, when it is at most
     * {@link CurrencyConverter#MAX_RATE_AGE_DAYS} days older than {@code date}.
     */
    static Optional<DatedRate> ifRecent(Map.Entry<LocalDate, BigDecimal> found, LocalDate date) {
        if (found == null || found.getKey().isAfter(date)
                || found.getKey().isBefore(date.minusDays(CurrencyConverter.MAX_RATE_AGE_DAYS))) {
            return Optional.empty();
        }
        return Optional.of(new DatedRate(found.getKey(), found.getValue()));
    }
}
