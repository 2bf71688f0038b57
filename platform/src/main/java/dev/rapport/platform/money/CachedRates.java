package dev.rapport.platform.money;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.rapport.sdk.money.CurrencyConverter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Stored rates by pair and year, read from the database a pair-year at a time (at most some 260 reference rates)
 * and kept until rates change: a revenue total over a year converts hundreds of daily sums with one read per pair.
 * Another node's change reaches this one's cache after {@link #EXPIRY} at the latest.
 */
final class CachedRates implements RateSource {

    static final Duration EXPIRY = Duration.ofMinutes(5);
    private static final int MAX_PAIR_YEARS = 5_000;

    private record PairYear(String base, String quote, int year) {
    }

    private final LoadingCache<PairYear, NavigableMap<LocalDate, BigDecimal>> byPairYear;

    CachedRates(DSLContext dsl) {
        this.byPairYear = Caffeine.newBuilder().maximumSize(MAX_PAIR_YEARS).expireAfterWrite(EXPIRY)
                .build(key -> ExchangeRateRepository.rates(dsl, key.base(), key.quote(),
                        LocalDate.of(key.year(), 1, 1), LocalDate.of(key.year(), 12, 31)));
    }

    @Override
    public Optional<DatedRate> latest(String base, String quote, LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> found = byPairYear.get(new PairYear(base, quote, date.getYear())).floorEntry(date);
        LocalDate oldest = date.minusDays(CurrencyConverter.MAX_RATE_AGE_DAYS);
        if (found == null && oldest.getYear() < date.getYear()) {
            found = byPairYear.get(new PairYear(base, quote, oldest.getYear())).lastEntry();
        }
        return RateSource.ifRecent(found, date);
    }

    /** Forgets every rate: they changed. */
    void invalidate() {
        byPairYear.invalidateAll();
    }
}
