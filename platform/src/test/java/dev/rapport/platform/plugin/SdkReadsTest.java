package dev.rapport.platform.plugin;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.money.ExchangeRateDraft;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.RevenueTotal;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.money.Money;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The SDK 1.2 reads: segments page by page, duplicate candidates, phone numbers, revenue totals, the staff. */
class SdkReadsTest {

    private final Kernel kernel = new Kernel();
    private final KernelPluginContext context = new KernelPluginContext("acquisition", kernel.pluginServices(() -> java.util.Optional.of(Actor.SYSTEM), true));

    @Test
    void convertsMoneyWithTheKernelsRatesForThePluginAndItsConstructors() {
        LocalDate day = LocalDate.of(2019, 6, 3);
        kernel.dsl.deleteFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.RATE_DATE.eq(day)).execute();
        kernel.exchangeRates.save(null, new ExchangeRateDraft(day, "EUR", "CHF", new BigDecimal("1.1193")), Actor.SYSTEM);
        try {
            // 100 CHF ÷ 1.1193 = 89.34155… → 89.34 EUR
            assertThat(context.money().convert(Money.of("100", "CHF"), "EUR", day)).isEqualTo(new Conversion.Converted(
                    Money.of("89.34", "EUR"), new BigDecimal("0.893415527562"), day));
            assertThat(context.money().reportingCurrency()).isEqualTo(kernel.exchangeRates.reportingCurrency());
            assertThat(context.resolve(CurrencyConverter.class)).containsSame(context.money());
        } finally {
            kernel.dsl.deleteFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.RATE_DATE.eq(day)).execute();
        }
    }

    @Test
    void walksASegmentPageByPageWithoutGapsOrRepeats() {
        String tag = unique("seg").toLowerCase();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            CustomerDraft draft = Kernel.person("Seg", unique("Walk"));
            created.add(kernel.customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), null,
                    LifecycleStage.PROSPECT, null, "en", "USD", "UTC", true, draft.emails(), List.of(), List.of(),
                    Set.of(tag), null), Actor.SYSTEM).id());
        }
        CustomerQuery query = new CustomerQuery(null, Set.of(LifecycleStage.PROSPECT), null, tag);
        List<Long> walked = new ArrayList<>();
        CustomerInfo after = null;
        while (true) {
            List<CustomerInfo> page = context.customers().list(query, after, 3);
            page.forEach(customer -> walked.add(customer.id()));
            if (page.size() < 3) {
                break;
            }
            after = page.getLast();
        }
        assertThat(walked).containsExactlyElementsOf(created);
    }

    @Test
    void findsDuplicateCandidatesByAnyEmailOrPhoneAndNormalisesNumbers() {
        Customer customer = kernel.customers.create(Kernel.person("Finn", unique("Dup")), Actor.SYSTEM);
        String email = customer.details().emails().getFirst().address();

        assertThat(context.customers().findByEmailOrPhone(email.toUpperCase(), null, 10)).extracting(CustomerInfo::id)
                .contains(customer.id());
        assertThat(context.customers().normalisePhone("044 668 18 00", "CH")).contains("+41 44 668 18 00");
        assertThat(context.customers().normalisePhone("12", "CH")).isEmpty();
        assertThat(context.customers().findByEmailOrPhone(null, "+1 201-555-0123", 500)).extracting(CustomerInfo::id)
                .contains(customer.id());
        assertThat(context.customers().findByEmailOrPhone(null, null, 10)).isEmpty();
    }

    @Test
    void sumsRevenuePerCurrencyWithRefundsAgainstIt() {
        Customer customer = kernel.customers.create(Kernel.person("Gina", unique("Revenue")), Actor.SYSTEM);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        record(customer, TransactionKind.PURCHASE, "100.50", "USD", now.minusSeconds(3600));
        record(customer, TransactionKind.SUBSCRIPTION_START, "20.00", "USD", now.minusSeconds(3000));
        record(customer, TransactionKind.REFUND, "10.25", "USD", now.minusSeconds(2000));
        record(customer, TransactionKind.DEPOSIT, "5000.00", "USD", now.minusSeconds(1000));
        record(customer, TransactionKind.PURCHASE, "70.00", "CHF", now.minusSeconds(500));
        record(customer, TransactionKind.PURCHASE, "999.00", "USD", now.minusSeconds(86_400 * 10));

        List<RevenueTotal> totals = context.customers().revenue(List.of(customer.id()), now.minusSeconds(86_400), now);

        assertThat(totals).extracting(RevenueTotal::currency).containsExactly("CHF", "USD");
        assertThat(totals.get(1).amount()).isEqualByComparingTo("110.25");
        assertThat(totals.get(1).transactions()).isEqualTo(3);
        assertThat(totals.get(0).amount()).isEqualByComparingTo("70.00");
        assertThatThrownBy(() -> context.customers().revenue(LongStream.range(0, 1001).boxed().toList(), now, now))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsDepartmentsAndTheirActiveMembersInIdOrder() {
        User first = kernel.newUser(Role.AGENT, "marketing");
        User second = kernel.newUser(Role.MANAGER, "marketing", "sales");
        long marketing = context.staff().departmentByCode("marketing").orElseThrow().id();

        List<UserInfo> members = context.staff().members(marketing);
        assertThat(members).extracting(UserInfo::id).containsSubsequence(first.id(), second.id());
        assertThat(members).extracting(UserInfo::id).isSorted();
        assertThat(context.staff().user(second.id()).orElseThrow().departments()).hasSize(2);
        assertThat(context.staff().departments()).extracting(department -> department.code()).contains("sales", "marketing");
        assertThat(context.demoData()).isTrue();
    }

    private void record(Customer customer, TransactionKind kind, String amount, String currency, Instant when) {
        kernel.transactions.record(new TransactionDraft(customer.id(), kind, new BigDecimal(amount), currency, null, when,
                "test", null), Actor.SYSTEM);
    }
}
