package dev.rapport.plugin.retention.score;

import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns transactions into what {@link Totals} adds: the amount in the reporting currency at the transaction's day
 * (the SDK's converter; NaN when no rate was known, so it is left out and counted, never taken as zero) and the share
 * of it the product cost the company (its cost over its list price, both in the product's currency).
 */
public final class Amounts {

    private final CurrencyConverter money;
    private final String reporting;
    private final Map<Long, Double> costShares = new HashMap<>();

    public Amounts(CurrencyConverter money, List<ProductInfo> products) {
        this.money = money;
        this.reporting = money.reportingCurrency();
        for (ProductInfo product : products) {
            if (product.price() != null && product.price().signum() > 0 && product.cost() != null) {
                costShares.put(product.id(), Math.clamp(product.cost().divide(product.price(), 6, RoundingMode.HALF_UP)
                        .doubleValue(), 0, 1));
            }
        }
    }

    public String reportingCurrency() {
        return reporting;
    }

    /** Adds {@code transaction} to row {@code row} of each of {@code totals}. */
    public void add(TransactionInfo transaction, int row, Totals... totals) {
        int day = (int) LocalDate.ofInstant(transaction.occurredAt(), ZoneOffset.UTC).toEpochDay();
        int sign = transaction.kind().revenueSign();
        double amount = sign == 0 ? 0 : reportingAmount(transaction);
        double share = transaction.productId() == null ? 0 : costShares.getOrDefault(transaction.productId(), 0.0);
        boolean ended = transaction.kind() == TransactionKind.SUBSCRIPTION_END;
        for (Totals one : totals) {
            one.add(row, day, sign, amount, share, ended);
        }
    }

    /** The transaction's amount in the reporting currency at its day, or NaN when no rate was known. */
    public double reportingAmount(TransactionInfo transaction) {
        if (transaction.currency().equals(reporting)) {
            return transaction.amount().doubleValue();
        }
        LocalDate day = LocalDate.ofInstant(transaction.occurredAt(), ZoneOffset.UTC);
        Conversion conversion = money.convert(new Money(transaction.amount(), transaction.currency()), reporting, day);
        return conversion instanceof Conversion.Converted done ? done.money().amount().doubleValue() : Double.NaN;
    }

    /** An amount rounded to cents for storing. */
    public static BigDecimal stored(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }
}
