package dev.rapport.plugin.retention.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts in the reporting currency and margin after the product's cost, worked out by hand: a euro sale counts as
 * it is, a dollar sale at the converter's rate, a franc sale without a rate is left out and counted.
 */
class AmountsTest {

    /** EUR is the reporting currency; one dollar is 0.90 euro; there is no rate for francs. */
    private static final CurrencyConverter RATES = new CurrencyConverter() {
        @Override
        public Conversion convert(BigDecimal amount, String currency, String targetCurrency, LocalDate date) {
            if (currency.equals("USD")) {
                return new Conversion.Converted(new Money(amount.multiply(new BigDecimal("0.90"))
                        .setScale(2, RoundingMode.HALF_UP), targetCurrency), new BigDecimal("0.90"), date);
            }
            return new Conversion.MissingRate(currency, targetCurrency, date);
        }

        @Override
        public String reportingCurrency() {
            return "EUR";
        }
    };

    @Test
    void marginIsTheSaleMinusTheProductsCostShareInTheReportingCurrency() {
        // list price 200, cost 150: a cost share of 0.75
        ProductInfo card = new ProductInfo(7, "GOLD", "Gold card", "Cards", new BigDecimal("200"),
                new BigDecimal("150"), "USD", true);
        Amounts amounts = new Amounts(RATES, List.of(card));
        Totals totals = new Totals(1, 20_500);
        Instant day = LocalDate.ofEpochDay(20_400).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        amounts.add(sale(1, "100.00", "EUR", null, day), 0, totals);   // revenue 100, margin 100
        amounts.add(sale(2, "200.00", "USD", 7L, day), 0, totals);     // revenue 180, margin 180 * 0.25 = 45
        amounts.add(sale(3, "500.00", "CHF", null, day), 0, totals);   // no rate: left out
        assertThat(totals.revenue(0)).isCloseTo(280, within(1e-9));
        assertThat(totals.margin(0)).isCloseTo(145, within(1e-9));
        assertThat(totals.purchases(0)).isEqualTo(2);
        assertThat(totals.unconverted(0)).isEqualTo(1);
    }

    private static TransactionInfo sale(long id, String amount, String currency, Long productId, Instant at) {
        return new TransactionInfo(id, 1, TransactionKind.PURCHASE, new BigDecimal(amount), currency, productId, at,
                "test", null);
    }
}
