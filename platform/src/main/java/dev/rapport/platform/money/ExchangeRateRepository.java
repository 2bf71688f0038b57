package dev.rapport.platform.money;

import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;
import static dev.rapport.platform.internal.db.Tables.REPORTING_CURRENCY;

import dev.rapport.platform.internal.db.tables.records.ExchangeRateRecord;
import dev.rapport.platform.persistence.BatchInsert;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Exchange rates and the reporting currency in the database; every method works in the caller's {@code dsl}. */
final class ExchangeRateRepository {

    private static final List<Field<?>> IMPORTED_FIELDS = List.of(EXCHANGE_RATE.RATE_DATE, EXCHANGE_RATE.BASE_CURRENCY,
            EXCHANGE_RATE.QUOTE_CURRENCY, EXCHANGE_RATE.RATE, EXCHANGE_RATE.CHANGED_AT);
    private static final List<Field<?>> REPLACED_ON_IMPORT = List.of(EXCHANGE_RATE.RATE, EXCHANGE_RATE.CHANGED_AT);

    private ExchangeRateRepository() {
    }

    /** Rates newest day first (then newest entry), after {@code after} (keyset paging). */
    static List<ExchangeRate> page(DSLContext dsl, RateFilter filter, ExchangeRate after, int limit) {
        var query = dsl.selectFrom(EXCHANGE_RATE).where(conditions(filter))
                .orderBy(EXCHANGE_RATE.RATE_DATE.desc(), EXCHANGE_RATE.ID.desc());
        var page = after == null ? query.limit(limit) : query.seek(after.date(), after.id()).limit(limit);
        return page.fetch(ExchangeRateRepository::toRate);
    }

    static Optional<ExchangeRate> find(DSLContext dsl, long id) {
        return dsl.selectFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.ID.eq(id)).fetchOptional(ExchangeRateRepository::toRate);
    }

    /** The rate of a pair on a day, whichever entry holds it. */
    static Optional<ExchangeRate> find(DSLContext dsl, String base, String quote, LocalDate date) {
        return dsl.selectFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.BASE_CURRENCY.eq(base))
                .and(EXCHANGE_RATE.QUOTE_CURRENCY.eq(quote)).and(EXCHANGE_RATE.RATE_DATE.eq(date))
                .fetchOptional(ExchangeRateRepository::toRate);
    }

    static long insert(DSLContext dsl, ExchangeRateDraft draft, Instant now) {
        return dsl.insertInto(EXCHANGE_RATE)
                .set(EXCHANGE_RATE.RATE_DATE, draft.date())
                .set(EXCHANGE_RATE.BASE_CURRENCY, draft.base())
                .set(EXCHANGE_RATE.QUOTE_CURRENCY, draft.quote())
                .set(EXCHANGE_RATE.RATE, draft.rate())
                .set(EXCHANGE_RATE.CHANGED_AT, now)
                .returningResult(EXCHANGE_RATE.ID).fetchSingle().value1();
    }

    static boolean update(DSLContext dsl, long id, ExchangeRateDraft draft, Instant now) {
        return dsl.update(EXCHANGE_RATE)
                .set(EXCHANGE_RATE.RATE_DATE, draft.date())
                .set(EXCHANGE_RATE.BASE_CURRENCY, draft.base())
                .set(EXCHANGE_RATE.QUOTE_CURRENCY, draft.quote())
                .set(EXCHANGE_RATE.RATE, draft.rate())
                .set(EXCHANGE_RATE.CHANGED_AT, now)
                .where(EXCHANGE_RATE.ID.eq(id)).execute() == 1;
    }

    static boolean delete(DSLContext dsl, long id) {
        return dsl.deleteFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.ID.eq(id)).execute() == 1;
    }

    /** Stores {@code drafts} as one batch; a pair's rate of a day stored already is replaced. */
    static void upsert(DSLContext dsl, List<ExchangeRateDraft> drafts, Instant now) {
        List<Object[]> rows = new ArrayList<>(drafts.size());
        for (ExchangeRateDraft draft : drafts) {
            rows.add(new Object[] {draft.date(), draft.base(), draft.quote(), draft.rate(), now});
        }
        BatchInsert.upsert(dsl, EXCHANGE_RATE, IMPORTED_FIELDS, rows, REPLACED_ON_IMPORT);
    }

    /**
     * A pair's rates from {@code from} to {@code to} (both inclusive), by day: what the cache keeps of a pair and
     * year, read in one range of the pair's unique key.
     */
    static NavigableMap<LocalDate, BigDecimal> rates(DSLContext dsl, String base, String quote,
                                                                LocalDate from, LocalDate to) {
        NavigableMap<LocalDate, BigDecimal> rates = new TreeMap<>();
        dsl.select(EXCHANGE_RATE.RATE_DATE, EXCHANGE_RATE.RATE).from(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.BASE_CURRENCY.eq(base)).and(EXCHANGE_RATE.QUOTE_CURRENCY.eq(quote))
                .and(EXCHANGE_RATE.RATE_DATE.between(from, to))
                .forEach(row -> rates.put(row.value1(), row.value2().stripTrailingZeros()));
        return Collections.unmodifiableNavigableMap(rates);
    }

    static String reportingCurrency(DSLContext dsl) {
        return dsl.select(REPORTING_CURRENCY.CURRENCY).from(REPORTING_CURRENCY).where(REPORTING_CURRENCY.ID.eq((byte) 1))
                .fetchOptional(REPORTING_CURRENCY.CURRENCY).orElse(ExchangeRateService.DEFAULT_REPORTING_CURRENCY);
    }

    /** Sets the reporting currency, locking its row for the caller's transaction; returns the one before. */
    static String setReportingCurrency(DSLContext dsl, String currency, Instant now) {
        String before = dsl.select(REPORTING_CURRENCY.CURRENCY).from(REPORTING_CURRENCY)
                .where(REPORTING_CURRENCY.ID.eq((byte) 1)).forUpdate()
                .fetchOptional(REPORTING_CURRENCY.CURRENCY).orElse(ExchangeRateService.DEFAULT_REPORTING_CURRENCY);
        dsl.insertInto(REPORTING_CURRENCY).set(REPORTING_CURRENCY.ID, (byte) 1)
                .set(REPORTING_CURRENCY.CURRENCY, currency).set(REPORTING_CURRENCY.CHANGED_AT, now)
                .onDuplicateKeyUpdate()
                .set(REPORTING_CURRENCY.CURRENCY, currency).set(REPORTING_CURRENCY.CHANGED_AT, now)
                .execute();
        return before;
    }

    private static List<Condition> conditions(RateFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.currency() != null && !filter.currency().isBlank()) {
            String currency = filter.currency().strip().toUpperCase(Locale.ROOT);
            conditions.add(EXCHANGE_RATE.BASE_CURRENCY.eq(currency).or(EXCHANGE_RATE.QUOTE_CURRENCY.eq(currency)));
        }
        if (filter.from() != null) {
            conditions.add(EXCHANGE_RATE.RATE_DATE.ge(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add(EXCHANGE_RATE.RATE_DATE.le(filter.to()));
        }
        return conditions;
    }

    private static ExchangeRate toRate(ExchangeRateRecord r) {
        return new ExchangeRate(r.getId(), r.getRateDate(), r.getBaseCurrency(), r.getQuoteCurrency(),
                r.getRate().stripTrailingZeros(), r.getChangedAt());
    }
}
