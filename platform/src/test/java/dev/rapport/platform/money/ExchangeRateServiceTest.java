package dev.rapport.platform.money;

import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditEntry;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import dev.rapport.sdk.security.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rates and the reporting currency against the real database: permissions, audit, the cache, imports. */
class ExchangeRateServiceTest {

    private static final LocalDate FRI = LocalDate.of(2024, 1, 5);

    private final Kernel kernel = new Kernel();
    private final ExchangeRateService rates = new ExchangeRateService(kernel.dsl, kernel.clock, kernel.audit);
    private final CurrencyConverter converter = rates.converter();
    private final Actor admin = kernel.newActor();

    /** Rates and the reporting currency are the company's: each test starts without any and in euros. */
    @BeforeEach
    @AfterEach
    void noRates() {
        kernel.dsl.deleteFrom(EXCHANGE_RATE).execute();
        rates.setReportingCurrency("EUR", Actor.SYSTEM);
    }

    private static ExchangeRateDraft draft(LocalDate date, String base, String quote, String rate) {
        return new ExchangeRateDraft(date, base, quote, new BigDecimal(rate));
    }

    private List<AuditEntry> audited(AuditAction action) {
        return kernel.audit.search(new AuditFilter(null, null, action, admin.displayName(), null, null), null, 10,
                Actor.SYSTEM);
    }

    private static RateFile file(String csv) {
        return RateFileReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aConversionSeesEveryChangeAtOnce() {
        Money hundred = Money.of("100", "EUR");
        assertThat(converter.convert(hundred, "USD", FRI)).isEqualTo(new Conversion.MissingRate("EUR", "USD", FRI));

        ExchangeRate saved = rates.save(null, draft(FRI, "EUR", "USD", "1.0921"), admin);
        assertThat(((Conversion.Converted) converter.convert(hundred, "USD", FRI)).money()).isEqualTo(Money.of("109.21", "USD"));

        rates.save(saved.id(), draft(FRI, "EUR", "USD", "1.1"), admin);
        assertThat(((Conversion.Converted) converter.convert(hundred, "USD", FRI)).money()).isEqualTo(Money.of("110.00", "USD"));

        rates.delete(saved.id(), admin);
        assertThat(converter.convert(hundred, "USD", FRI).converted()).isFalse();

        assertThat(audited(AuditAction.EXCHANGE_RATE_SAVED)).extracting(AuditEntry::details).containsExactly(
                "2024-01-05 1 EUR = 1.1 USD (was 2024-01-05 1 EUR = 1.0921 USD)", "2024-01-05 1 EUR = 1.0921 USD");
        assertThat(audited(AuditAction.EXCHANGE_RATE_DELETED)).extracting(AuditEntry::details)
                .containsExactly("2024-01-05 1 EUR = 1.1 USD");
    }

    @Test
    void aRateIsUsedUpToSevenDaysLaterAlsoAcrossTheTurnOfTheYear() {
        LocalDate lastFridayOf2023 = LocalDate.of(2023, 12, 29);
        rates.save(null, draft(lastFridayOf2023, "EUR", "GBP", "0.8691"), admin);

        Conversion.Converted week = (Conversion.Converted) converter.convert(Money.of("100", "EUR"), "GBP", FRI);
        assertThat(week.money()).isEqualTo(Money.of("86.91", "GBP"));
        assertThat(week.rateDate()).isEqualTo(lastFridayOf2023);
        assertThat(converter.convert(Money.of("100", "EUR"), "GBP", FRI.plusDays(1)))
                .isEqualTo(new Conversion.MissingRate("EUR", "GBP", FRI.plusDays(1)));
    }

    @Test
    void badRatesAreRefusedOnTheirFields() {
        rates.save(null, draft(FRI, "EUR", "USD", "1.0921"), admin);

        assertThatThrownBy(() -> rates.save(null, draft(FRI, "EUR", "USD", "1.2"), admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("date", "money.rateExists", "EUR", "USD", FRI)));
        assertThatThrownBy(() -> rates.save(null, new ExchangeRateDraft(null, "EUR", "XYZ", BigDecimal.ZERO), admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("date", "validation.required"), FieldError.of("quote", "validation.currency", "XYZ"),
                        FieldError.of("rate", "money.invalidRate")));
        assertThatThrownBy(() -> rates.save(null, draft(FRI, "USD", "usd", "0.00000000001"), admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
                        FieldError.of("quote", "money.sameCurrency", "USD"), FieldError.of("rate", "money.invalidRate")));
    }

    @Test
    void everyoneReadsRatesButOnlyAdministratorsChangeThem() {
        ExchangeRate saved = rates.save(null, draft(FRI, "EUR", "USD", "1.0921"), admin);
        Actor manager = kernel.newActor(Role.MANAGER);

        assertThat(rates.page(RateFilter.ALL, null, 10)).containsExactly(saved);
        assertThatThrownBy(() -> rates.save(null, draft(FRI, "EUR", "GBP", "0.86"), manager))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rates.delete(saved.id(), manager)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rates.setReportingCurrency("USD", manager)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rates.importRates(file(RateFileReaderTest.ECB), manager, done -> { }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rates.page(RateFilter.ALL, null, 10)).containsExactly(saved);
    }

    @Test
    void theReportingCurrencyIsTheEuroUntilAnAdministratorSetsAnotherAudited() {
        assertThat(converter.reportingCurrency()).isEqualTo("EUR");

        rates.setReportingCurrency("usd", admin);

        assertThat(converter.reportingCurrency()).isEqualTo("USD");
        assertThat(audited(AuditAction.REPORTING_CURRENCY_CHANGED)).extracting(AuditEntry::details)
                .containsExactly("EUR → USD");
        assertThatThrownBy(() -> rates.setReportingCurrency("DOLLAR", admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("currency", "validation.currency", "DOLLAR")));
    }

    @Test
    void theListPagesByDayNewestFirstAndFiltersByCurrencyAndDays() {
        for (int day = 1; day <= 5; day++) {
            rates.save(null, draft(LocalDate.of(2024, 1, day), "EUR", "USD", "1.09"), admin);
            rates.save(null, draft(LocalDate.of(2024, 1, day), "EUR", "GBP", "0.86"), admin);
        }
        List<ExchangeRate> all = new ArrayList<>();
        for (List<ExchangeRate> page = rates.page(RateFilter.ALL, null, 3); !page.isEmpty();
             page = rates.page(RateFilter.ALL, page.getLast(), 3)) {
            all.addAll(page);
        }
        assertThat(all).hasSize(10).extracting(ExchangeRate::date).isSortedAccordingTo((a, b) -> b.compareTo(a));

        assertThat(rates.page(new RateFilter("gbp", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3)), null, 10))
                .extracting(rate -> rate.quote() + " " + rate.date())
                .containsExactly("GBP 2024-01-03", "GBP 2024-01-02");
    }

    @Test
    void anImportStoresTheFileReplacingRatesOfTheSameDayAndConvertsAtOnce() {
        rates.save(null, draft(FRI, "EUR", "USD", "1.5"), admin);
        assertThat(((Conversion.Converted) converter.convert(Money.of("100", "EUR"), "USD", FRI)).money().amount())
                .isEqualByComparingTo("150");
        List<Long> progress = new ArrayList<>();

        int stored = rates.importRates(file(RateFileReaderTest.ECB), admin, progress::add);

        assertThat(stored).isEqualTo(8);
        assertThat(progress).containsExactly(8L);
        assertThat(kernel.dsl.fetchCount(EXCHANGE_RATE)).isEqualTo(8);
        assertThat(((Conversion.Converted) converter.convert(Money.of("100", "EUR"), "USD", FRI)).money())
                .isEqualTo(Money.of("109.21", "USD"));
        assertThat(audited(AuditAction.EXCHANGE_RATES_IMPORTED)).extracting(AuditEntry::details)
                .containsExactly("8 rates (ECB) of BGN, EUR, GBP, JPY, USD from 2024-01-04 to 2024-01-05");
        assertThatThrownBy(() -> rates.importRates(file("Date,USD\n2024-01-05,abc\n"), admin, done -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
