package dev.rapport.platform.money;

import dev.rapport.platform.cluster.CacheSignals;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Exchange rates and the company's reporting currency: administrators enter, change, delete and import rates and
 * set the reporting currency (each audited); everyone reads them, and the kernel and plugins convert money with
 * {@link #converter()}. Every change empties the rate cache.
 */
public final class ExchangeRateService {

    /** The reporting currency until an administrator sets one. */
    public static final String DEFAULT_REPORTING_CURRENCY = "EUR";
    /** Rates stored per batch of an import; progress is reported after each. */
    static final int IMPORT_BATCH = 10_000;

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditLog audit;
    private final CachedRates rates;
    private final LoadingCache<Boolean, String> reportingCurrency;
    private volatile CacheSignals signals;
    private final RateConverter converter;

    public ExchangeRateService(DSLContext dsl, Clock clock, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
        this.rates = new CachedRates(dsl);
        this.reportingCurrency = Caffeine.newBuilder().expireAfterWrite(CachedRates.EXPIRY)
                .build(key -> ExchangeRateRepository.reportingCurrency(dsl));
        this.converter = new RateConverter(rates, this::reportingCurrency);
    }

    /** Converts money with the stored rates; thread-safe. */
    public CurrencyConverter converter() {
        return converter;
    }

    public String reportingCurrency() {
        return reportingCurrency.get(Boolean.TRUE);
    }

    /**
     * Makes {@code currency} the company's reporting currency; administrators only.
     *
     * @throws ValidationException if it is not an ISO 4217 code (field {@code currency})
     */
    public void setReportingCurrency(String currency, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "set the reporting currency");
        String code = RateFileReader.currency(currency).orElseThrow(() -> new ValidationException(List.of(
                FieldError.of("currency", "validation.currency", String.valueOf(currency)))));
        dsl.transaction(configuration -> {
            String before = ExchangeRateRepository.setReportingCurrency(configuration.dsl(), code, clock.instant());
            if (!before.equals(code)) {
                audit.record(configuration.dsl(), actor, AuditAction.REPORTING_CURRENCY_CHANGED, "reporting-currency",
                        code, before + " → " + code);
            }
        });
        changed();
    }

    /** Rates newest day first, after {@code after} (keyset paging); every signed-in user may read them. */
    public List<ExchangeRate> page(RateFilter filter, ExchangeRate after, int limit) {
        return ExchangeRateRepository.page(dsl, filter, after, limit);
    }

    public Optional<ExchangeRate> find(long id) {
        return ExchangeRateRepository.find(dsl, id);
    }

    /**
     * Stores a new rate ({@code id} null) or changes rate {@code id}; administrators only.
     *
     * @throws ValidationException when a field is wrong or the pair has a rate of that day already
     * @throws NotFoundException when rate {@code id} was deleted meanwhile
     */
    public ExchangeRate save(Long id, ExchangeRateDraft draft, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "change exchange rates");
        ExchangeRateDraft checked = check(draft);
        Instant now = clock.instant();
        long saved;
        try {
            saved = dsl.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                Optional<ExchangeRate> before = id == null ? Optional.empty() : ExchangeRateRepository.find(tx, id);
                long stored = id == null ? ExchangeRateRepository.insert(tx, checked, now) : id;
                if (id != null && (before.isEmpty() || !ExchangeRateRepository.update(tx, id, checked, now))) {
                    throw new NotFoundException("exchange rate", id);
                }
                audit.record(tx, actor, AuditAction.EXCHANGE_RATE_SAVED, "exchange-rate", stored, describe(checked)
                        + before.map(rate -> " (was " + describe(rate) + ")").orElse(""));
                return stored;
            });
        } catch (IntegrityConstraintViolationException e) {
            throw new ValidationException(List.of(FieldError.of("date", "money.rateExists", checked.base(),
                    checked.quote(), checked.date())));
        }
        changed();
        return ExchangeRateRepository.find(dsl, saved).orElseThrow(() -> new NotFoundException("exchange rate", saved));
    }

    /** Deletes rate {@code id}; administrators only. A rate deleted already is not an error. */
    public void delete(long id, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "delete exchange rates");
        dsl.transaction(configuration -> {
            Optional<ExchangeRate> rate = ExchangeRateRepository.find(configuration.dsl(), id);
            if (rate.isPresent() && ExchangeRateRepository.delete(configuration.dsl(), id)) {
                audit.record(configuration.dsl(), actor, AuditAction.EXCHANGE_RATE_DELETED, "exchange-rate", id,
                        describe(rate.get()));
            }
        });
        changed();
    }

    /**
     * Stores every rate of {@code file} in one transaction, a pair's rate of a day stored already replaced;
     * administrators only. {@code progress} hears the number of rates stored after each batch.
     *
     * @return the number of rates stored
     * @throws IllegalArgumentException if the file has problems or no rates (check {@link RateFile#importable()})
     */
    public int importRates(RateFile file, Actor actor, LongConsumer progress) {
        Permissions.require(actor, Role.ADMINISTRATOR, "import exchange rates");
        if (!file.importable()) {
            throw new IllegalArgumentException("A rate file with problems or without rates cannot be imported");
        }
        Instant now = clock.instant();
        try {
            dsl.transaction(configuration -> {
                List<ExchangeRateDraft> all = file.rates();
                for (int from = 0; from < all.size(); from += IMPORT_BATCH) {
                    int to = Math.min(all.size(), from + IMPORT_BATCH);
                    ExchangeRateRepository.upsert(configuration.dsl(), all.subList(from, to), now);
                    progress.accept(to);
                }
                audit.record(configuration.dsl(), actor, AuditAction.EXCHANGE_RATES_IMPORTED, "exchange-rate", null,
                        all.size() + " rates (" + file.layout() + ") of " + String.join(", ", file.currencies())
                                + " from " + file.firstDate().orElseThrow() + " to " + file.lastDate().orElseThrow());
            });
        } finally {
            changed();
        }
        return file.rates().size();
    }

    /** From now on, a change of rates here drops the other nodes' cached rates too, and theirs drop these. */
    public void signalOtherNodesWith(CacheSignals signals) {
        signals.on(CacheSignals.EXCHANGE_RATES, key -> forgetCached());
        this.signals = signals;
    }

    private void changed() {
        forgetCached();
        CacheSignals others = signals;
        if (others != null) {
            others.send(CacheSignals.EXCHANGE_RATES, null);
        }
    }

    private void forgetCached() {
        rates.invalidate();
        reportingCurrency.invalidateAll();
    }

    private static ExchangeRateDraft check(ExchangeRateDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.date() == null) {
            errors.add(FieldError.of("date", "validation.required"));
        }
        Optional<String> base = checkCurrency("base", draft.base(), errors);
        Optional<String> quote = checkCurrency("quote", draft.quote(), errors);
        if (base.isPresent() && base.equals(quote)) {
            errors.add(FieldError.of("quote", "money.sameCurrency", base.get()));
        }
        if (draft.rate() == null) {
            errors.add(FieldError.of("rate", "validation.required"));
        } else if (!RateFileReader.isStorable(draft.rate())) {
            errors.add(FieldError.of("rate", "money.invalidRate"));
        }
        ValidationException.throwIfAny(errors);
        return new ExchangeRateDraft(draft.date(), base.orElseThrow(), quote.orElseThrow(), draft.rate());
    }

    private static Optional<String> checkCurrency(String field, String code, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
            return Optional.empty();
        }
        Optional<String> currency = RateFileReader.currency(code.strip());
        if (currency.isEmpty()) {
            errors.add(FieldError.of(field, "validation.currency", code));
        }
        return currency;
    }

    private static String describe(ExchangeRateDraft rate) {
        return rate.date() + " 1 " + rate.base() + " = " + rate.rate().toPlainString() + " " + rate.quote();
    }

    private static String describe(ExchangeRate rate) {
        return describe(new ExchangeRateDraft(rate.date(), rate.base(), rate.quote(), rate.rate()));
    }
}
