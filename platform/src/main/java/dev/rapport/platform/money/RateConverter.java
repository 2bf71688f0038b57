package dev.rapport.platform.money;

import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The conversion rules of {@link CurrencyConverter}: the pair's own rate, else its inverse, else a cross rate through
 * the reporting currency, else through the euro; each rate the latest within the age limit. A conversion is one
 * fraction, amount × numerators ÷ denominators, rounded once, half up, to the target currency's minor units.
 */
final class RateConverter implements CurrencyConverter {

    /** The pivot of a central bank's reference rates, tried after the reporting currency. */
    static final String EURO = "EUR";
    /** Places kept for a currency without minor units (gold, special drawing rights). */
    private static final int PLACES_WITHOUT_MINOR_UNITS = 4;
    private static final MathContext DISPLAYED_RATE = new MathContext(12, RoundingMode.HALF_UP);

    private final RateSource rates;
    private final Supplier<String> reportingCurrency;

    RateConverter(RateSource rates, Supplier<String> reportingCurrency) {
        this.rates = rates;
        this.reportingCurrency = reportingCurrency;
    }

    /** One step of a route: multiply by {@code numerator}, divide by {@code denominator}, as of {@code date}. */
    private record Leg(BigDecimal numerator, BigDecimal denominator, LocalDate date) {
    }

    @Override
    public Conversion convert(BigDecimal amount, String currency, String targetCurrency, LocalDate date) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        int places = minorUnits(targetCurrency);
        minorUnits(currency);
        if (currency.equals(targetCurrency)) {
            return new Conversion.Converted(new Money(amount.setScale(places, RoundingMode.HALF_UP), targetCurrency),
                    BigDecimal.ONE, date);
        }
        Optional<Leg> direct = leg(currency, targetCurrency, date);
        if (direct.isPresent()) {
            return converted(amount, targetCurrency, places, direct.get(), null);
        }
        for (String pivot : pivots(currency, targetCurrency)) {
            Optional<Leg> first = leg(currency, pivot, date);
            Optional<Leg> second = first.isEmpty() ? Optional.empty() : leg(pivot, targetCurrency, date);
            if (second.isPresent()) {
                return converted(amount, targetCurrency, places, first.get(), second.get());
            }
        }
        return new Conversion.MissingRate(currency, targetCurrency, date);
    }

    @Override
    public String reportingCurrency() {
        return reportingCurrency.get();
    }

    /** The reporting currency, then the euro, each unless it is one of the pair. */
    private Set<String> pivots(String from, String to) {
        Set<String> pivots = new LinkedHashSet<>();
        pivots.add(reportingCurrency.get());
        pivots.add(EURO);
        pivots.remove(from);
        pivots.remove(to);
        return pivots;
    }

    /** {@code from→to} as stored, else as the inverse of {@code to→from}. */
    private Optional<Leg> leg(String from, String to, LocalDate date) {
        Optional<DatedRate> direct = rates.latest(from, to, date);
        if (direct.isPresent()) {
            return Optional.of(new Leg(direct.get().rate(), BigDecimal.ONE, direct.get().date()));
        }
        return rates.latest(to, from, date).map(inverse -> new Leg(BigDecimal.ONE, inverse.rate(), inverse.date()));
    }

    private static Conversion converted(BigDecimal amount, String target, int places, Leg first, Leg second) {
        BigDecimal numerator = first.numerator();
        BigDecimal denominator = first.denominator();
        LocalDate rateDate = first.date();
        if (second != null) {
            numerator = numerator.multiply(second.numerator());
            denominator = denominator.multiply(second.denominator());
            rateDate = rateDate.isBefore(second.date()) ? rateDate : second.date();
        }
        BigDecimal converted = amount.multiply(numerator).divide(denominator, places, RoundingMode.HALF_UP);
        BigDecimal rate = denominator.compareTo(BigDecimal.ONE) == 0 ? numerator
                : numerator.divide(denominator, DISPLAYED_RATE);
        return new Conversion.Converted(new Money(converted, target), rate, rateDate);
    }

    /**
     * The places of {@code currency}'s minor units.
     *
     * @throws IllegalArgumentException if it is not an ISO 4217 code
     */
    static int minorUnits(String currency) {
        Objects.requireNonNull(currency, "currency");
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return digits < 0 ? PLACES_WITHOUT_MINOR_UNITS : digits;
    }
}
