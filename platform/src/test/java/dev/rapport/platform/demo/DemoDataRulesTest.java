package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.DEPARTMENT;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo data keeps the product's own rules, as if every record had been entered through it by the demo's
 * accounts: owners who may work their customers, in the departments that keep customer relationships; customers
 * entered by someone who may give them that owner; interactions logged by people who may log them, after the
 * customer and the person existed; no two customers sharing an email address or a phone number (the import would
 * refuse the second as a duplicate); amounts in the customer's currency with its minor units, refunds never more
 * than was bought.
 */
class DemoDataRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00.123Z");
    /** Enough customers for common names to meet: 3,000 demo customers had dozens of shared addresses. */
    private static final int CUSTOMERS = 1_500;

    private static DSLContext dsl;
    private static GeneratedRows rows;
    /** The actors of the demo staff, as their demo accounts sign in. */
    private static Map<Long, Actor> staff;

    @BeforeAll
    static void generate() {
        dsl = TestDatabase.get().dsl();
        rows = GeneratedRows.from(dsl);
        new DemoDataGenerator(dsl, 500).generate(new DemoDataGenerator.Options(CUSTOMERS, 42, NOW),
                DemoDataGenerator.Progress.NONE);
        Map<String, Long> departments = dsl.select(DEPARTMENT.CODE, DEPARTMENT.ID).from(DEPARTMENT)
                .fetchMap(DEPARTMENT.CODE, DEPARTMENT.ID);
        staff = new HashMap<>();
        dsl.select(APP_USER.ID, APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.USERNAME.in(DemoStaff.MEMBERS.stream().map(DemoStaff.Member::username).toList()))
                .forEach(user -> {
                    DemoAccounts.Account account = DemoAccounts.account(user.value2());
                    staff.put(user.value1(), new Actor(user.value1(), account.displayName(), account.role(),
                            account.departments().stream().map(departments::get).collect(Collectors.toSet())));
                });
    }

    @AfterAll
    static void deleteGeneratedRows() {
        rows.delete();
    }

    @Test
    void ownersMayWorkTheirCustomersAndBelongToSalesOrCustomerService() {
        Set<Long> owners = Set.copyOf(dsl.selectDistinct(CUSTOMER.OWNER_ID).from(CUSTOMER).where(rows.customers())
                .fetch(CUSTOMER.OWNER_ID));
        Set<Long> owning = DemoStaff.OWNING_DEPARTMENTS.stream().map(code -> dsl.select(DEPARTMENT.ID).from(DEPARTMENT)
                .where(DEPARTMENT.CODE.eq(code)).fetchSingle(DEPARTMENT.ID)).collect(Collectors.toSet());

        assertThat(owners).hasSizeGreaterThanOrEqualTo(5).allSatisfy(owner -> {
            Actor actor = staff.get(owner);
            assertThat(Permissions.canEditCustomer(actor, owner, actor.departmentIds()))
                    .as("%s may change their own customers", actor.displayName()).isTrue();
            assertThat(actor.departmentIds()).as(actor.displayName()).containsAnyElementsOf(owning);
        });
    }

    @Test
    void everyCustomerWasEnteredBySomeoneWhoMayGiveItItsOwnerAndWhoWasAUserThen() {
        var customers = dsl.select(CUSTOMER.ID, CUSTOMER.OWNER_ID, CUSTOMER.CREATED_BY, CUSTOMER.CREATED_AT,
                        CUSTOMER.UPDATED_BY, APP_USER.CREATED_AT)
                .from(CUSTOMER).join(APP_USER).on(APP_USER.ID.eq(CUSTOMER.CREATED_BY)).where(rows.customers()).fetch();

        assertThat(customers).hasSize(CUSTOMERS).allSatisfy(customer -> {
            Actor creator = staff.get(customer.value3());
            Long owner = customer.value2();
            assertThat(Permissions.canAssignOwner(creator, owner, staff.get(owner).departmentIds()))
                    .as("customer %d entered by %s for %s", customer.value1(), creator.displayName(),
                            staff.get(owner).displayName()).isTrue();
            assertThat(customer.value6()).as("the creator's account existed").isBefore(customer.value4());
            Actor updater = staff.get(customer.value5());
            assertThat(Permissions.canEditCustomer(updater, owner, staff.get(owner).departmentIds()))
                    .as("customer %d last changed by %s", customer.value1(), updater.displayName()).isTrue();
        });
        assertThat(customers.stream().filter(c -> !c.value3().equals(c.value2()))).as("some entered by a manager")
                .isNotEmpty();
    }

    @Test
    void interactionsAreLoggedByPeopleWhoMayLogThemAfterTheCustomerAndThePersonExisted() {
        var interactions = dsl.select(INTERACTION.RECORDED_BY, INTERACTION.OCCURRED_AT, INTERACTION.RECORDED_AT,
                        CUSTOMER.CREATED_AT, APP_USER.CREATED_AT)
                .from(INTERACTION).join(CUSTOMER).on(CUSTOMER.ID.eq(INTERACTION.CUSTOMER_ID))
                .join(APP_USER).on(APP_USER.ID.eq(INTERACTION.RECORDED_BY)).where(rows.interactions()).fetch();

        assertThat(interactions).isNotEmpty().allSatisfy(interaction -> {
            Actor recorder = staff.get(interaction.value1());
            assertThat(recorder.has(Role.AGENT)).as("%s may log interactions", recorder.displayName()).isTrue();
            assertThat(interaction.value2()).isAfterOrEqualTo(interaction.value4()).isBeforeOrEqualTo(NOW);
            assertThat(interaction.value3()).isAfterOrEqualTo(interaction.value2()).isBeforeOrEqualTo(NOW)
                    .isAfter(interaction.value5());
        });
    }

    @Test
    void noTwoCustomersShareAnEmailAddressOrAPhoneNumber() {
        var sharedEmails = dsl.select(CUSTOMER_EMAIL.EMAIL, DSL.countDistinct(CUSTOMER_EMAIL.CUSTOMER_ID))
                .from(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER)
                        .where(rows.customers())))
                .groupBy(CUSTOMER_EMAIL.EMAIL).having(DSL.countDistinct(CUSTOMER_EMAIL.CUSTOMER_ID).gt(1)).fetch();
        var sharedPhones = dsl.select(CUSTOMER_PHONE.E164_DIGITS, DSL.countDistinct(CUSTOMER_PHONE.CUSTOMER_ID))
                .from(CUSTOMER_PHONE).where(CUSTOMER_PHONE.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER)
                        .where(rows.customers())))
                .groupBy(CUSTOMER_PHONE.E164_DIGITS).having(DSL.countDistinct(CUSTOMER_PHONE.CUSTOMER_ID).gt(1)).fetch();

        assertThat(sharedEmails).as("email addresses of more than one customer").isEmpty();
        assertThat(sharedPhones).as("phone numbers of more than one customer").isEmpty();
    }

    @Test
    void amountsAreInTheCustomersCurrencyWithItsMinorUnitsAndNoRefundExceedsThePurchase() {
        var transactions = dsl.select(CUSTOMER_TRANSACTION.CUSTOMER_ID, CUSTOMER_TRANSACTION.KIND,
                        CUSTOMER_TRANSACTION.AMOUNT, CUSTOMER_TRANSACTION.CURRENCY, CUSTOMER_TRANSACTION.PRODUCT_ID,
                        CUSTOMER.CURRENCY)
                .from(CUSTOMER_TRANSACTION).join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_TRANSACTION.CUSTOMER_ID))
                .where(rows.transactions()).orderBy(CUSTOMER_TRANSACTION.OCCURRED_AT, CUSTOMER_TRANSACTION.ID).fetch();
        Map<List<Long>, BigDecimal> bought = new HashMap<>();

        assertThat(transactions).isNotEmpty().allSatisfy(transaction -> {
            assertThat(transaction.value4()).isEqualTo(transaction.value6());
            assertThat(transaction.value3().stripTrailingZeros().scale())
                    .isLessThanOrEqualTo(Currency.getInstance(transaction.value4()).getDefaultFractionDigits());
            List<Long> customerProduct = java.util.Arrays.asList(transaction.value1(), transaction.value5());
            switch (TransactionKind.valueOf(transaction.value2())) {
                case PURCHASE -> bought.merge(customerProduct, transaction.value3(), BigDecimal::add);
                case REFUND -> {
                    assertThat(transaction.value3()).as("refund of customer %d", transaction.value1())
                            .isLessThanOrEqualTo(bought.getOrDefault(customerProduct, BigDecimal.ZERO));
                    bought.merge(customerProduct, transaction.value3().negate(), BigDecimal::add);
                }
                default -> {
                }
            }
        });
    }
}
