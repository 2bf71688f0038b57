package dev.rapport.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jooq.DSLContext;

/**
 * Reference rates per 1 EUR for the currencies demo customers pay with (those of {@code demo.DemoCountries}), on
 * every working day of the six years before the demo's present, as a central bank publishes them: no rate at
 * weekends, four decimal places. Each rate wanders around the fixed rate the demo prices its catalogue at, so the
 * converted figures look like real ones. Deterministic: the same present gives the same rates.
 */
public final class DemoExchangeRates {

    private static final int YEARS = 6;
    /** The demo's fixed rates per 1 EUR (DemoCountries' unitsPerEuro), around which the daily rates wander. */
    private static final Map<String, Double> CENTRES = Map.of("USD", 1.08, "GBP", 0.85, "CHF", 0.94, "SEK", 11.2);
    /** At most this far, as a share of the centre, does a rate wander from it. */
    private static final double SWING = 0.06;
    private static final long SEED = 4217;

    private DemoExchangeRates() {
    }

    /** The demo's rates up to the day of {@code now} (UTC), in file order: by currency, then by day. */
    static List<ExchangeRateDraft> rates(Instant now) {
        LocalDate last = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate first = last.minusYears(YEARS);
        List<ExchangeRateDraft> rates = new ArrayList<>();
        for (String currency : CENTRES.keySet().stream().sorted().toList()) {
            SplittableRandom random = new SplittableRandom(SEED + currency.hashCode());
            double centre = CENTRES.get(currency);
            double drift = 0;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                // A bounded random walk: each day's step is pulled back towards the centre.
                drift = Math.max(-SWING, Math.min(SWING, drift * 0.995 + random.nextDouble(-0.004, 0.004)));
                BigDecimal rate = BigDecimal.valueOf(centre * (1 + drift)).setScale(4, RoundingMode.HALF_UP);
                rates.add(new ExchangeRateDraft(day, RateConverter.EURO, currency, rate));
            }
        }
        return rates;
    }

    /** Stores the demo's rates up to {@code now} as one batch. */
    public static void seed(DSLContext dsl, Instant now) {
        dsl.transaction(configuration -> ExchangeRateRepository.upsert(configuration.dsl(), rates(now), now));
    }
}
