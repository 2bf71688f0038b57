package dev.rapport.platform.demo;

import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.customer.Money;
import dev.rapport.platform.customer.Transaction;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.platform.demo.DemoProducts.Stored;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A customer's account history, in the order it happened: a subscription ends only after it started and
 * a refund refers to something bought before and gives back at most what was paid for it. Prospects have bought
 * nothing yet.
 */
final class TransactionFactory {

    /** With prospects having none, this makes about 3 transactions per customer. */
    private static final double MEAN_COUNT = 4.0;
    private static final int MAX_ORGANISATION_QUANTITY = 12;
    private static final double FULL_REFUND_SHARE = 0.6;
    private static final long MAX_FEED_DELAY = Duration.ofMinutes(10).toMillis();

    private static final Weighted<TransactionKind> PERSON_KINDS = Weighted.<TransactionKind>builder()
            .add(TransactionKind.PURCHASE, 55).add(TransactionKind.DEPOSIT, 14).add(TransactionKind.WITHDRAWAL, 10)
            .add(TransactionKind.SUBSCRIPTION_START, 10).add(TransactionKind.REFUND, 6)
            .add(TransactionKind.SUBSCRIPTION_END, 5)
            .build();
    private static final Weighted<TransactionKind> ORGANISATION_KINDS = Weighted.<TransactionKind>builder()
            .add(TransactionKind.PURCHASE, 60).add(TransactionKind.SUBSCRIPTION_START, 18)
            .add(TransactionKind.SUBSCRIPTION_END, 7).add(TransactionKind.REFUND, 7).add(TransactionKind.DEPOSIT, 5)
            .add(TransactionKind.WITHDRAWAL, 3)
            .build();

    private final DemoRandom random;
    private final long now;
    private final DemoCatalogue catalogue;
    private final IdSequence ids;

    TransactionFactory(DemoRandom random, long now, DemoCatalogue catalogue, IdSequence ids) {
        this.random = random;
        this.now = now;
        this.catalogue = catalogue;
        this.ids = ids;
    }

    List<Transaction> create(long customerId, CustomerKind kind, LifecycleStage stage, DemoCountry country,
                             ActiveSpan span) {
        if (stage == LifecycleStage.PROSPECT) {
            return List.of();
        }
        long[] times = new long[random.exponential(MEAN_COUNT)];
        for (int i = 0; i < times.length; i++) {
            times[i] = span.randomInstant(random);
        }
        Arrays.sort(times);
        Weighted<TransactionKind> kinds = kind == CustomerKind.PERSON ? PERSON_KINDS : ORGANISATION_KINDS;
        List<Purchase> bought = new ArrayList<>();
        List<Stored> running = new ArrayList<>();
        List<Transaction> transactions = new ArrayList<>(times.length);
        for (long occurredAt : times) {
            TransactionKind type = kinds.pick(random);
            if (type == TransactionKind.SUBSCRIPTION_END && running.isEmpty()) {
                type = TransactionKind.SUBSCRIPTION_START;
            } else if (type == TransactionKind.REFUND && bought.isEmpty()) {
                type = TransactionKind.PURCHASE;
            }
            Purchase refunded = type == TransactionKind.REFUND
                    ? bought.remove(random.between(0, bought.size() - 1)) : null;
            Stored product = switch (type) {
                case PURCHASE -> random.pick(catalogue.oneOff(kind));
                case SUBSCRIPTION_START -> added(running, random.pick(catalogue.recurring(kind)));
                case SUBSCRIPTION_END -> running.remove(random.between(0, running.size() - 1));
                case REFUND -> refunded.product();
                case DEPOSIT, WITHDRAWAL -> null;
            };
            BigDecimal amount = type == TransactionKind.REFUND ? refund(refunded.paid())
                    : amount(type, kind, product, country);
            if (type == TransactionKind.PURCHASE) {
                bought.add(new Purchase(product, amount));
            }
            long id = ids.next();
            long recordedAt = Math.min(now, occurredAt + random.between(1_000, MAX_FEED_DELAY));
            transactions.add(new Transaction(id, customerId, type, new Money(amount, country.currency()),
                    product == null ? null : product.id(), Instant.ofEpochMilli(occurredAt), sourceSystem(type, kind),
                    "demo-" + id, Instant.ofEpochMilli(recordedAt)));
        }
        return transactions;
    }

    /** What a customer paid for a product, of which a refund gives back all or a part. */
    private record Purchase(Stored product, BigDecimal paid) {
    }

    /** All of what was paid, or a part of it (a partial return, a goodwill credit), never more. */
    private BigDecimal refund(BigDecimal paid) {
        if (random.chance(FULL_REFUND_SHARE)) {
            return paid;
        }
        return paid.multiply(BigDecimal.valueOf(0.2 + 0.8 * random.fraction())).setScale(2, RoundingMode.DOWN)
                .max(new BigDecimal("0.01"));
    }

    private static Stored added(List<Stored> products, Stored product) {
        products.add(product);
        return product;
    }

    /** The amount in the customer's currency, exact to the cent. */
    private BigDecimal amount(TransactionKind type, CustomerKind kind, Stored product, DemoCountry country) {
        double rate = country.unitsPerEuro();
        return switch (type) {
            case PURCHASE -> kind == CustomerKind.PERSON
                    ? cents(price(product) * rate)
                    // organisations buy several at once and negotiate up to 20 % off
                    : cents(price(product) * random.between(1, MAX_ORGANISATION_QUANTITY)
                            * (0.8 + 0.2 * random.fraction()) * rate);
            case SUBSCRIPTION_START, SUBSCRIPTION_END -> cents(price(product) * rate);
            case REFUND -> throw new IllegalArgumentException("a refund's amount follows its purchase");
            // cash moves in round sums
            case DEPOSIT -> roundTens(random.logUniform(50, 25_000) * rate);
            case WITHDRAWAL -> roundTens(random.logUniform(20, 5_000) * rate);
        };
    }

    private static double price(Stored product) {
        return product.entry().price().doubleValue();
    }

    private static BigDecimal cents(double amount) {
        return BigDecimal.valueOf(Math.max(1, Math.round(amount * 100)), 2);
    }

    private static BigDecimal roundTens(double amount) {
        return BigDecimal.valueOf(Math.max(1, Math.round(amount / 10)) * 10).setScale(2);
    }

    private static String sourceSystem(TransactionKind type, CustomerKind kind) {
        return switch (type) {
            case DEPOSIT, WITHDRAWAL -> "core-banking";
            case SUBSCRIPTION_START, SUBSCRIPTION_END -> "erp";
            case PURCHASE, REFUND -> kind == CustomerKind.PERSON ? "webshop" : "erp";
        };
    }
}
