package dev.rapport.platform.money;

import java.time.LocalDate;
import java.util.Optional;

/** Where conversions find stored rates. */
@FunctionalInterface
interface RateSource {

    /**
     * The stored rate of {@code base→quote} (as entered, never inverted) of the latest day on or before {@code date}
     * and at most {@link dev.rapport.sdk.money.CurrencyConverter#MAX_RATE_AGE_DAYS} days before it.
     */
    Optional<DatedRate> latest(String base, String quote, LocalDate date);
}
