package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.history.CustomerHistory;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** SDK 1.3: a plugin that arrives late walks the whole history, page by page, without gaps or repeats. */
class SdkHistoryTest {

    private final Kernel kernel = new Kernel();
    private final CustomerHistory history = new KernelPluginContext("retention", kernel.pluginServices(() -> java.util.Optional.of(Actor.SYSTEM), true)).history();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Test
    void walksEveryTransactionOfEveryCustomerInIdOrderWhateverThePageSize() {
        long start = lastTransactionId();
        List<Long> recorded = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            Customer customer = kernel.customers.create(Kernel.person("Hal", unique("History")), Actor.SYSTEM);
            for (int t = 0; t < 4; t++) {
                // Older transactions recorded later: the walk follows the order of storage, not of occurrence.
                recorded.add(kernel.transactions.record(new TransactionDraft(customer.id(), TransactionKind.PURCHASE,
                        new BigDecimal("1" + t + ".50"), "EUR", null, now.minus(t, ChronoUnit.DAYS), "test", null),
                        Actor.SYSTEM).id());
            }
        }
        for (int pageSize : new int[] {1, 5, 12, 500}) {
            List<Long> walked = new ArrayList<>();
            long after = start;
            List<TransactionInfo> page;
            do {
                page = history.transactions(after, pageSize);
                for (TransactionInfo transaction : page) {
                    walked.add(transaction.id());
                    after = transaction.id();
                }
            } while (!page.isEmpty());
            assertThat(walked).as("page size %d", pageSize).containsExactlyElementsOf(recorded);
        }
        List<TransactionInfo> all = new ArrayList<>();
        assertThat(history.forEachTransaction(start, all::add)).isEqualTo(recorded.getLast());
        assertThat(all).extracting(TransactionInfo::id).containsExactlyElementsOf(recorded);
        assertThat(all.getFirst().amount()).isEqualByComparingTo("10.50");
        assertThat(all.getFirst().currency()).isEqualTo("EUR");
    }

    @Test
    void walksInteractionsWithTheirCorrectionsAndCustomersById() {
        long lastCustomer = lastCustomerId();
        Customer first = kernel.customers.create(Kernel.person("Ida", unique("History")), Actor.SYSTEM);
        Customer second = kernel.customers.create(Kernel.person("Ivo", unique("History")), Actor.SYSTEM);
        long lastInteraction = lastInteractionId();
        long call = kernel.interactions.log(draft(first.id(), "Call"), Actor.SYSTEM).id();
        long correction = kernel.interactions.correct(call, draft(first.id(), "Call, corrected"), Actor.SYSTEM).id();
        long mail = kernel.interactions.log(draft(second.id(), "Mail"), Actor.SYSTEM).id();

        List<InteractionInfo> interactions = new ArrayList<>();
        assertThat(history.forEachInteraction(lastInteraction, interactions::add)).isEqualTo(mail);
        assertThat(interactions).extracting(InteractionInfo::id).containsExactly(call, correction, mail);
        assertThat(interactions.get(1).correctsId()).isEqualTo(call);
        assertThat(interactions.get(1).subject()).isEqualTo("Call, corrected");

        List<CustomerInfo> customers = new ArrayList<>();
        history.forEachCustomer(lastCustomer, customers::add);
        assertThat(customers).extracting(CustomerInfo::id).containsExactly(first.id(), second.id());
        assertThat(history.customers(first.id(), 10)).extracting(CustomerInfo::displayName)
                .containsExactly(second.displayName());
    }

    @Test
    void aPageIsNeverLargerThanTheLimitNorEmptyByRequest() {
        assertThatThrownBy(() -> history.transactions(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(history.customers(0, CustomerHistory.MAX_PAGE + 1_000)).hasSizeLessThanOrEqualTo(CustomerHistory.MAX_PAGE);
    }

    private InteractionDraft draft(long customerId, String subject) {
        return new InteractionDraft(customerId, null, Channel.PHONE, Direction.OUTBOUND, subject, null, Outcome.COMPLETED,
                now, "kernel");
    }

    private long lastTransactionId() {
        return maxId(CUSTOMER_TRANSACTION.ID);
    }

    private long lastInteractionId() {
        return maxId(INTERACTION.ID);
    }

    private long lastCustomerId() {
        return maxId(CUSTOMER.ID);
    }

    private long maxId(TableField<?, Long> id) {
        Long max = kernel.dsl.select(DSL.max(id)).from(id.getTable()).fetchSingle().value1();
        return max == null ? 0 : max;
    }
}
