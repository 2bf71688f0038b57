package dev.rapport.plugin.upsell.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rule matching without a kernel: each condition, the amount converted at the transaction's date, a missing rate, the
 * days since the last contact.
 */
class RuleMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    /** 1 CHF = 1.05 EUR; no rate for JPY. */
    private final CurrencyConverter money = new CurrencyConverter() {
        @Override
        public Conversion convert(BigDecimal amount, String currency, String target, LocalDate date) {
            if (currency.equals(target)) {
                return new Conversion.Converted(new Money(amount, target), BigDecimal.ONE, date);
            }
            if (currency.equals("CHF") && target.equals("EUR")) {
                return new Conversion.Converted(new Money(amount.multiply(new BigDecimal("1.05")), target),
                        new BigDecimal("1.05"), date);
            }
            return new Conversion.MissingRate(currency, target, date);
        }

        @Override
        public String reportingCurrency() {
            return "EUR";
        }
    };
    private final RuleMatcher matcher = new RuleMatcher(money);

    private static TriggerRule rule(TransactionKind kind, String min, String family, LifecycleStage stage) {
        return new TriggerRule(1, "r", true, kind, min == null ? null : new BigDecimal(min), "EUR", family, stage,
                RuleAction.TASK, null, 1, null, null, null, 0, 0);
    }

    private static TransactionFacts deposit(String amount, String currency) {
        return new TransactionFacts(TransactionKind.DEPOSIT, new Money(new BigDecimal(amount), currency), DAY, null,
                LifecycleStage.CUSTOMER);
    }

    @Test
    void theThresholdComparesTheAmountInTheRulesCurrency() {
        TriggerRule bank = rule(TransactionKind.DEPOSIT, "10000", null, null);

        assertThat(matcher.matches(bank, deposit("10000", "EUR"))).isTrue();
        assertThat(matcher.matches(bank, deposit("9999.99", "EUR"))).isFalse();
        assertThat(matcher.matches(bank, deposit("9600", "CHF"))).as("10,080 EUR").isTrue();
        assertThat(matcher.matches(bank, deposit("9500", "CHF"))).as("9,975 EUR").isFalse();
        assertThat(matcher.matches(bank, deposit("5000000", "JPY"))).as("no rate: never fires").isFalse();
    }

    @Test
    void kindFamilyAndStageMustAllHold() {
        TriggerRule cards = rule(TransactionKind.PURCHASE, null, "Cards", LifecycleStage.CUSTOMER);
        TransactionFacts cardBought = new TransactionFacts(TransactionKind.PURCHASE, new Money(BigDecimal.TEN, "EUR"), DAY,
                "cards", LifecycleStage.CUSTOMER);

        assertThat(matcher.matches(cards, cardBought)).as("family case-insensitive").isTrue();
        assertThat(matcher.matches(cards, new TransactionFacts(TransactionKind.REFUND, cardBought.amount(), DAY, "Cards",
                LifecycleStage.CUSTOMER))).isFalse();
        assertThat(matcher.matches(cards, new TransactionFacts(TransactionKind.PURCHASE, cardBought.amount(), DAY,
                "Insurance", LifecycleStage.CUSTOMER))).isFalse();
        assertThat(matcher.matches(cards, new TransactionFacts(TransactionKind.PURCHASE, cardBought.amount(), DAY, "Cards",
                LifecycleStage.PROSPECT))).isFalse();
        assertThat(matcher.matches(rule(null, null, null, null), deposit("1", "EUR"))).as("no conditions").isTrue();
    }

    @Test
    void anEventOtherThanATransactionMatchesByItsKindItsOwnConditionAndTheStage() {
        TriggerRule converted = new TriggerRule(2, "c", true, null, null, null, null, LifecycleStage.CUSTOMER,
                RuleAction.TASK, null, 1, null, null, null, 0, 0, new EventCondition(TriggerEvent.PLUGIN_EVENT, null, null,
                "acquisition.LeadConverted"));
        EventFacts lead = new EventFacts(TriggerEvent.PLUGIN_EVENT, null, null,
                "acquisition.LeadConverted", LifecycleStage.CUSTOMER);

        assertThat(matcher.matches(converted, lead)).isTrue();
        assertThat(matcher.matches(converted, new EventFacts(TriggerEvent.PLUGIN_EVENT, null, null,
                "acquisition.LeadDisqualified", LifecycleStage.CUSTOMER))).isFalse();
        assertThat(matcher.matches(converted, new EventFacts(TriggerEvent.PLUGIN_EVENT, null, null,
                "acquisition.LeadConverted", LifecycleStage.PROSPECT))).as("stage").isFalse();
        assertThat(matcher.matches(converted, new EventFacts(TriggerEvent.INTERACTION, Channel.STORE, null,
                "kernel.InteractionLogged", LifecycleStage.CUSTOMER))).as("other event").isFalse();

        TriggerRule visit = new TriggerRule(3, "v", true, null, null, null, null, null, RuleAction.TASK, null, 1, null,
                null, null, 0, 0, new EventCondition(TriggerEvent.INTERACTION, Channel.STORE, null, null));
        assertThat(matcher.matches(visit, new EventFacts(TriggerEvent.INTERACTION, Channel.STORE, null, null,
                LifecycleStage.PROSPECT))).isTrue();
        assertThat(matcher.matches(visit, new EventFacts(TriggerEvent.INTERACTION, Channel.PHONE, null, null,
                LifecycleStage.PROSPECT))).isFalse();
        assertThat(matcher.matches(visit, deposit("50000", "EUR"))).as("a transaction").isFalse();

        TriggerRule staged = new TriggerRule(4, "s", true, null, null, null, null, null, RuleAction.TASK, null, 1, null,
                null, null, 0, 0, new EventCondition(TriggerEvent.CUSTOMER_UPDATED, null, "stage", null));
        assertThat(matcher.matches(staged, new EventFacts(TriggerEvent.CUSTOMER_UPDATED, null, Set.of("stage", "tags"),
                null, LifecycleStage.CUSTOMER))).isTrue();
        assertThat(matcher.matches(staged, new EventFacts(TriggerEvent.CUSTOMER_UPDATED, null, Set.of("tags"), null,
                LifecycleStage.CUSTOMER))).isFalse();
    }

    private static final Instant EVENT_AT = Instant.parse("2026-12-01T12:00:00Z");

    private static InteractionInfo contact(long id, Instant at) {
        return new InteractionInfo(id, 1, null, Channel.PHONE, Direction.OUTBOUND, "Call", null, Outcome.COMPLETED, at,
                "kernel", null, null);
    }

    private static LastContact lastContact(Long eventInteractionId, InteractionInfo... newestFirst) {
        return new LastContact(EVENT_AT, eventInteractionId, () -> List.of(newestFirst));
    }

    @Test
    void daysSinceTheLastContactCountWholeDaysBeforeTheEventAndANeverContactedCustomerIsQuiet() {
        TriggerRule quiet30 = new TriggerRule(4, "q", true, null, null, null, null, null, RuleAction.TASK, null, 1, null,
                null, null, 0, 0, EventCondition.TRANSACTIONS, 30);
        Instant thirtyDaysBefore = EVENT_AT.minus(Duration.ofDays(30));

        assertThat(matcher.quietEnough(quiet30, lastContact(null))).as("never contacted").isTrue();
        assertThat(matcher.quietEnough(quiet30, lastContact(null, contact(1, thirtyDaysBefore)))).isTrue();
        assertThat(matcher.quietEnough(quiet30, lastContact(null, contact(2, thirtyDaysBefore.plusSeconds(1)),
                contact(1, thirtyDaysBefore)))).as("29 days and 23:59:59").isFalse();
        assertThat(matcher.quietEnough(quiet30, lastContact(3L, contact(3, EVENT_AT), contact(1, thirtyDaysBefore))))
                .as("the interaction the event logged is not a contact before it").isTrue();
        assertThat(matcher.quietEnough(quiet30, lastContact(null, contact(4, EVENT_AT.plusSeconds(60)),
                contact(1, thirtyDaysBefore)))).as("a later contact is not the last one before the event").isTrue();
        InteractionInfo[] busyAfterwards = IntStream.range(0, LastContact.LOOKED_AT)
                .mapToObj(i -> contact(100 + i, EVENT_AT.plus(Duration.ofDays(1)))).toArray(InteractionInfo[]::new);
        assertThat(matcher.quietEnough(quiet30, lastContact(null, busyAfterwards)))
                .as("fifty contacts after the event: not known to be quiet").isFalse();

        TriggerRule any = new TriggerRule(5, "a", true, null, null, null, null, null, RuleAction.TASK, null, 1, null,
                null, null, 0, 0, EventCondition.TRANSACTIONS);
        assertThat(matcher.quietEnough(any, new LastContact(EVENT_AT, null, () -> {
            throw new AssertionError("read without the condition");
        }))).isTrue();
    }
}
