package dev.rapport.platform.interaction;

import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.Money;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;

class TimelineServiceTest {

    private final Kernel kernel = new Kernel();
    private final Actor actor = kernel.newActor();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private void interaction(long customerId, Instant when, String subject) {
        kernel.interactions.log(new InteractionDraft(customerId, null, Channel.EMAIL, Direction.INBOUND, subject, null,
                Outcome.COMPLETED, when, "kernel"), actor);
    }

    private void transaction(long customerId, Instant when, TransactionKind kind, String amount, String currency) {
        kernel.transactions.record(new TransactionDraft(customerId, kind, new BigDecimal(amount), currency, null, when,
                "test", null), actor);
    }

    @Test
    void mergesInteractionsAndTransactionsNewestFirstAcrossPagesEvenWithEqualTimes() {
        Customer customer = kernel.customers.create(person("Jane", unique("Timeline")), actor);
        for (int i = 0; i < 12; i++) {
            Instant when = now.minus(Duration.ofHours(i / 3));
            interaction(customer.id(), when, "mail " + i);
            transaction(customer.id(), when, TransactionKind.PURCHASE, "10.00", "USD");
        }

        List<TimelineEntry> all = kernel.timeline.timeline(customer.id(), null, 100);
        assertThat(all).hasSize(24);
        assertThat(all).isSortedAccordingTo(Comparator.comparing(TimelineEntry::occurredAt).reversed()
                .thenComparing(TimelineEntry::rank)
                .thenComparing(Comparator.comparingLong(TimelineEntry::id).reversed()));

        for (int pageSize : new int[] {1, 4, 5, 7}) {
            List<TimelineEntry> paged = new ArrayList<>();
            TimelineEntry after = null;
            while (true) {
                List<TimelineEntry> page = kernel.timeline.timeline(customer.id(), after, pageSize);
                if (page.isEmpty()) {
                    break;
                }
                paged.addAll(page);
                after = page.getLast();
            }
            assertThat(paged).as("page size %d", pageSize).isEqualTo(all);
        }
    }

    @Test
    void keyFiguresCountRevenuePerCurrencyOverTwelveMonthsAndTheLastContact() {
        Customer customer = kernel.customers.create(person("Jane", unique("Figures")), actor);
        Instant firstPurchase = now.minus(Duration.ofDays(800));
        transaction(customer.id(), firstPurchase, TransactionKind.PURCHASE, "999.00", "USD");
        transaction(customer.id(), now.minus(Duration.ofDays(10)), TransactionKind.PURCHASE, "100.50", "USD");
        transaction(customer.id(), now.minus(Duration.ofDays(9)), TransactionKind.SUBSCRIPTION_START, "20.00", "USD");
        transaction(customer.id(), now.minus(Duration.ofDays(8)), TransactionKind.REFUND, "0.50", "USD");
        transaction(customer.id(), now.minus(Duration.ofDays(7)), TransactionKind.DEPOSIT, "5000.00", "USD");
        transaction(customer.id(), now.minus(Duration.ofDays(6)), TransactionKind.PURCHASE, "30.00", "EUR");
        interaction(customer.id(), now.minus(Duration.ofDays(3)), "older");
        interaction(customer.id(), now.minus(Duration.ofDays(1)), "newest");

        CustomerKeyFigures figures = kernel.timeline.keyFigures(customer.id());

        assertThat(figures.customerSince()).isEqualTo(firstPurchase);
        assertThat(figures.revenueLast12Months()).extracting(Money::currency, m -> m.amount().setScale(2))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EUR", new BigDecimal("30.00")),
                        org.assertj.core.groups.Tuple.tuple("USD", new BigDecimal("120.00")));
        assertThat(figures.lastContact()).isEqualTo(now.minus(Duration.ofDays(1)));
        assertThat(figures.interactionCount()).isEqualTo(2);
        assertThat(figures.transactionCount()).isEqualTo(6);
    }

    @Test
    void keyFiguresAreThreeQueriesForACustomerWhoBoughtAndFourForAProspect() {
        AtomicInteger queries = new AtomicInteger();
        TimelineService counted = new TimelineService(kernel.dsl.configuration()
                .derive(ExecuteListener.onExecuteStart(context -> queries.incrementAndGet())).dsl(), kernel.clock);
        Customer buyer = kernel.customers.create(person("Jane", unique("Buyer")), actor);
        transaction(buyer.id(), now.minus(Duration.ofDays(2)), TransactionKind.PURCHASE, "10.00", "USD");
        Customer prospect = kernel.customers.create(person("Jane", unique("Prospect")), actor);

        assertThat(counted.keyFigures(buyer.id())).isEqualTo(kernel.timeline.keyFigures(buyer.id()));
        assertThat(queries).hasValue(3);
        queries.set(0);
        assertThat(counted.keyFigures(prospect.id())).isEqualTo(kernel.timeline.keyFigures(prospect.id()));
        assertThat(queries).hasValue(4);
    }

    @Test
    void aProspectIsCountedFromItsCreation() {
        Customer customer = kernel.customers.create(person("Jane", unique("Prospect")), actor);
        CustomerKeyFigures figures = kernel.timeline.keyFigures(customer.id());
        assertThat(figures.customerSince()).isEqualTo(customer.createdAt());
        assertThat(figures.revenueLast12Months()).isEmpty();
        assertThat(figures.lastContact()).isNull();
    }
}
