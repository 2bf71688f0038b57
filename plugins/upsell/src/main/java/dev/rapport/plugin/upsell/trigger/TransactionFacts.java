package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.money.Money;
import java.time.LocalDate;

/** What a rule looks at in one recorded transaction: its kind, amount, date, product family and customer's stage. */
public record TransactionFacts(TransactionKind kind, Money amount, LocalDate date, String productFamily,
                               LifecycleStage stage) {
}
