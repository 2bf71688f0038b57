package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_ADDRESS;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerValidator;
import dev.rapport.platform.customer.EmailAddresses;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.customer.PhoneNumbers;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.platform.user.UserDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generates 200 customers once and checks that they look like a real, valid customer base. */
class DemoDataGeneratorTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00.123Z");
    private static final int CUSTOMERS = 200;
    /** Two batches, the first with more interactions than one INSERT statement takes. */
    private static final int CUSTOMERS_PER_BATCH = 150;

    private static DSLContext dsl;
    private static GeneratedRows rows;
    private static DemoDataGenerator.Result result;
    private static final List<Integer> progress = new ArrayList<>();

    @BeforeAll
    static void generate() {
        dsl = TestDatabase.get().dsl();
        rows = GeneratedRows.from(dsl);
        result = new DemoDataGenerator(dsl, CUSTOMERS_PER_BATCH)
                .generate(new DemoDataGenerator.Options(CUSTOMERS, 42, NOW), (done, total, rows) -> progress.add(done));
    }

    @AfterAll
    static void deleteGeneratedRows() {
        rows.delete();
    }

    @Test
    void reportsWhatItWroteAndProgressAfterEveryBatch() {
        assertThat(result.customers()).isEqualTo(CUSTOMERS).isEqualTo(dsl.fetchCount(CUSTOMER, rows.customers()));
        assertThat(result.contacts()).isEqualTo(dsl.fetchCount(CUSTOMER_CONTACT, rows.contacts()));
        assertThat(result.interactions()).isEqualTo(dsl.fetchCount(INTERACTION, rows.interactions()));
        assertThat(result.transactions()).isEqualTo(dsl.fetchCount(CUSTOMER_TRANSACTION, rows.transactions()));
        assertThat(result.users()).isEqualTo(12);
        assertThat(result.products()).isEqualTo(22);
        assertThat(progress).containsExactly(CUSTOMERS_PER_BATCH, CUSTOMERS);
    }

    @Test
    void mixesPersonsAndOrganisationsCountriesStagesAndOwnersUnevenly() {
        Map<String, Integer> kinds = countBy(CUSTOMER.KIND);
        assertThat(kinds.get(CustomerKind.PERSON.name())).isBetween(120, 165);
        Map<String, Integer> stages = countBy(CUSTOMER.LIFECYCLE_STAGE);
        assertThat(stages.get(LifecycleStage.CUSTOMER.name())).isGreaterThan(CUSTOMERS / 2);
        assertThat(stages).containsKeys(LifecycleStage.PROSPECT.name(), LifecycleStage.FORMER_CUSTOMER.name());
        assertThat(countBy(CUSTOMER.CURRENCY)).containsKeys("USD", "GBP", "EUR", "CHF", "SEK");
        assertThat(dsl.selectDistinct(CUSTOMER_ADDRESS.COUNTRY_CODE).from(CUSTOMER_ADDRESS)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_ADDRESS.CUSTOMER_ID)).where(rows.customers()).fetch())
                .hasSizeGreaterThanOrEqualTo(8);
        List<Integer> portfolios = countBy(CUSTOMER.OWNER_ID).values().stream().sorted().toList();
        assertThat(portfolios.getLast()).isGreaterThanOrEqualTo(3 * portfolios.getFirst());
    }

    @Test
    void languageCurrencyAndTimeZoneMatchTheCountryOfTheAddress() {
        Map<String, String> currencies = Map.of("US", "USD", "GB", "GBP", "CH", "CHF", "SE", "SEK",
                "DE", "EUR", "FR", "EUR", "ES", "EUR", "IT", "EUR", "NL", "EUR", "AT", "EUR");
        Map<String, String> languages = Map.of("US", "en-US", "GB", "en-GB", "CH", "de-CH", "SE", "sv",
                "DE", "de", "FR", "fr", "ES", "es", "IT", "it", "NL", "nl", "AT", "de-AT");
        var customers = dsl.select(CUSTOMER_ADDRESS.COUNTRY_CODE, CUSTOMER.CURRENCY, CUSTOMER.PREFERRED_LANGUAGE,
                        CUSTOMER.TIME_ZONE)
                .from(CUSTOMER).join(CUSTOMER_ADDRESS).on(CUSTOMER_ADDRESS.CUSTOMER_ID.eq(CUSTOMER.ID))
                .where(rows.customers()).fetch();

        assertThat(customers).hasSize(CUSTOMERS).allSatisfy(c -> {
            assertThat(c.value2()).isEqualTo(currencies.get(c.value1()));
            assertThat(c.value3()).isEqualTo(languages.get(c.value1()));
            assertThat(c.value4()).startsWith(c.value1().equals("US") ? "America/" : "Europe/");
        });
    }

    @Test
    void everyCustomerHasValidEmailsAndPhonesStoredAsTheProductNormalisesThem() {
        var emails = dsl.select(CUSTOMER_EMAIL.EMAIL).from(CUSTOMER_EMAIL)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_EMAIL.CUSTOMER_ID)).where(rows.customers())
                .fetch(CUSTOMER_EMAIL.EMAIL);
        assertThat(emails).hasSizeGreaterThanOrEqualTo(CUSTOMERS).allMatch(EmailAddresses::isValid);
        assertThat(dsl.fetchCount(CUSTOMER, rows.customers().and(CUSTOMER.PRIMARY_EMAIL.eq(DSL.field(
                DSL.select(CUSTOMER_EMAIL.EMAIL).from(CUSTOMER_EMAIL)
                        .where(CUSTOMER_EMAIL.CUSTOMER_ID.eq(CUSTOMER.ID)).and(CUSTOMER_EMAIL.POSITION.eq(0)))))))
                .isEqualTo(CUSTOMERS);

        var phones = dsl.select(CUSTOMER_PHONE.PHONE, CUSTOMER_PHONE.E164_DIGITS, CUSTOMER_PHONE.NATIONAL_DIGITS)
                .from(CUSTOMER_PHONE).join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_PHONE.CUSTOMER_ID))
                .where(rows.customers()).fetch();
        assertThat(phones).hasSizeGreaterThanOrEqualTo(CUSTOMERS).allSatisfy(phone ->
                assertThat(PhoneNumbers.normalise(phone.value1(), "US")).contains(
                        new PhoneNumbers.Normalised(phone.value1(), phone.value2(), phone.value3())));
        assertThat(dsl.fetchCount(CUSTOMER, rows.customers().and(CUSTOMER.PRIMARY_PHONE.eq(DSL.field(
                DSL.select(CUSTOMER_PHONE.PHONE).from(CUSTOMER_PHONE)
                        .where(CUSTOMER_PHONE.CUSTOMER_ID.eq(CUSTOMER.ID)).and(CUSTOMER_PHONE.POSITION.eq(0)))))))
                .isEqualTo(CUSTOMERS);
        assertThat(dsl.fetchCount(CUSTOMER_ADDRESS, CUSTOMER_ADDRESS.CUSTOMER_ID.in(
                DSL.select(CUSTOMER.ID).from(CUSTOMER).where(rows.customers())))).isEqualTo(CUSTOMERS);
    }

    @Test
    void organisationsAndOnlyOrganisationsHaveOneToFourContactPersons() {
        var contactsPerOrganisation = dsl.select(CUSTOMER.KIND, DSL.count(CUSTOMER_CONTACT.ID))
                .from(CUSTOMER).leftJoin(CUSTOMER_CONTACT).on(CUSTOMER_CONTACT.CUSTOMER_ID.eq(CUSTOMER.ID))
                .where(rows.customers()).groupBy(CUSTOMER.ID, CUSTOMER.KIND).fetch();

        assertThat(contactsPerOrganisation).allSatisfy(c -> {
            boolean organisation = c.value1().equals(CustomerKind.ORGANISATION.name());
            assertThat(c.value2()).isBetween(organisation ? 1 : 0, organisation ? 4 : 0);
        });
        var contacts = dsl.select(CUSTOMER_CONTACT.EMAIL, CUSTOMER_CONTACT.PHONE).from(CUSTOMER_CONTACT)
                .where(rows.contacts()).fetch();
        assertThat(contacts).allSatisfy(contact -> {
            assertThat(contact.value1() == null || EmailAddresses.isValid(contact.value1())).isTrue();
            assertThat(contact.value2() == null || PhoneNumbers.normalise(contact.value2(), "US").isPresent()).isTrue();
        });
    }

    @Test
    void atMostThreeTagsPerCustomer() {
        var tagsPerCustomer = dsl.select(DSL.count()).from(CUSTOMER_TAG)
                .where(CUSTOMER_TAG.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER).where(rows.customers())))
                .groupBy(CUSTOMER_TAG.CUSTOMER_ID).fetch(DSL.count());
        assertThat(tagsPerCustomer).isNotEmpty().allMatch(count -> count <= 3);
    }

    @Test
    void recordDatesLieInTheLastFiveYearsAndUpdatesAfterCreation() {
        var dates = dsl.select(CUSTOMER.CREATED_AT, CUSTOMER.UPDATED_AT, CUSTOMER.VERSION).from(CUSTOMER)
                .where(rows.customers()).fetch();
        Instant fiveYearsAgo = NOW.atOffset(ZoneOffset.UTC).minusYears(5).minusDays(2).toInstant();

        assertThat(dates).allSatisfy(d -> {
            assertThat(d.value1()).isBetween(fiveYearsAgo, NOW);
            assertThat(d.value2()).isBetween(d.value1(), NOW);
            assertThat(d.value3()).isZero();
        });
    }

    @Test
    void interactionsHappenInTheCustomersLifeAndAreRecordedAfterwards() {
        var interactions = dsl.select(INTERACTION.OCCURRED_AT, INTERACTION.RECORDED_AT, CUSTOMER.CREATED_AT,
                        INTERACTION.SOURCE, INTERACTION.OUTCOME, INTERACTION.RECORDED_BY, INTERACTION.CORRECTS_ID)
                .from(INTERACTION).join(CUSTOMER).on(CUSTOMER.ID.eq(INTERACTION.CUSTOMER_ID))
                .where(rows.interactions()).fetch();

        assertThat(interactions).isNotEmpty().allSatisfy(i -> {
            assertThat(i.value1()).isBetween(i.value3(), NOW);
            assertThat(i.value2()).isBetween(i.value1(), NOW);
            assertThat(i.value4()).isEqualTo("demo");
            assertThat(Arrays.stream(Outcome.values()).map(Enum::name)).contains(i.value5());
            assertThat(i.value6()).isNotNull();
            assertThat(i.value7()).isNull();
        });
        assertThat(dsl.fetchCount(INTERACTION, rows.interactions().and(INTERACTION.CONTACT_ID.isNotNull())))
                .isPositive();
        assertThat(dsl.fetchCount(INTERACTION.join(CUSTOMER_CONTACT).on(CUSTOMER_CONTACT.ID.eq(INTERACTION.CONTACT_ID)),
                rows.interactions().and(CUSTOMER_CONTACT.CUSTOMER_ID.ne(INTERACTION.CUSTOMER_ID)))).isZero();
    }

    @Test
    void transactionsAreInTheCustomersCurrencyInTheirLifeAndProspectsHaveNone() {
        var transactions = dsl.select(CUSTOMER_TRANSACTION.CURRENCY, CUSTOMER.CURRENCY, CUSTOMER_TRANSACTION.OCCURRED_AT,
                        CUSTOMER.CREATED_AT, CUSTOMER_TRANSACTION.AMOUNT, CUSTOMER_TRANSACTION.KIND,
                        CUSTOMER_TRANSACTION.PRODUCT_ID, CUSTOMER_TRANSACTION.RECORDED_AT)
                .from(CUSTOMER_TRANSACTION).join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_TRANSACTION.CUSTOMER_ID))
                .where(rows.transactions()).fetch();

        assertThat(transactions).isNotEmpty().allSatisfy(t -> {
            assertThat(t.value1()).isEqualTo(t.value2());
            assertThat(t.value3()).isBetween(t.value4(), NOW);
            assertThat(t.value5()).isPositive();
            assertThat(t.value5().stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
            TransactionKind kind = TransactionKind.valueOf(t.value6());
            boolean withProduct = kind != TransactionKind.DEPOSIT && kind != TransactionKind.WITHDRAWAL;
            assertThat(t.value7() != null).isEqualTo(withProduct);
            assertThat(t.value8()).isBetween(t.value3(), NOW);
        });
        assertThat(countBy(CUSTOMER_TRANSACTION.KIND, rows.transactions()))
                .containsKeys(TransactionKind.PURCHASE.name(), TransactionKind.SUBSCRIPTION_START.name(),
                        TransactionKind.DEPOSIT.name());
        assertThat(dsl.fetchCount(CUSTOMER_TRANSACTION.join(CUSTOMER).on(CUSTOMER.ID.eq(CUSTOMER_TRANSACTION.CUSTOMER_ID)),
                rows.transactions().and(CUSTOMER.LIFECYCLE_STAGE.eq(LifecycleStage.PROSPECT.name())))).isZero();
    }

    @Test
    void aboutTenInteractionsAndThreeTransactionsPerCustomerWithALongTail() {
        assertThat((double) result.interactions() / CUSTOMERS).isBetween(6.0, 15.0);
        assertThat((double) result.transactions() / CUSTOMERS).isBetween(1.8, 4.5);
        List<Integer> perCustomer = dsl.select(DSL.count(INTERACTION.ID)).from(CUSTOMER)
                .leftJoin(INTERACTION).on(INTERACTION.CUSTOMER_ID.eq(CUSTOMER.ID))
                .where(rows.customers()).groupBy(CUSTOMER.ID).fetch(DSL.count(INTERACTION.ID))
                .stream().sorted().toList();
        int median = perCustomer.get(perCustomer.size() / 2);
        assertThat(median).isLessThanOrEqualTo(8);
        assertThat(perCustomer.getLast()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void theServiceLayerReadsEveryGeneratedCustomerAndTheValidatorAcceptsIt() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        CustomerValidator validator = new CustomerValidator("US");
        CustomerService service = new CustomerService(dsl, clock, validator, new UserDirectory(dsl),
                new dev.rapport.platform.event.EventOutbox(clock), new dev.rapport.platform.audit.AuditLog(dsl, clock));

        assertThat(dsl.select(CUSTOMER.ID).from(CUSTOMER).where(rows.customers()).fetch(CUSTOMER.ID)).allSatisfy(id -> {
            Customer customer = service.get(id);
            assertThat(validator.validate(customer.details())).isEmpty();
            assertThat(service.contacts(id)).hasSize(dsl.fetchCount(CUSTOMER_CONTACT, CUSTOMER_CONTACT.CUSTOMER_ID.eq(id)));
        });
        long busiest = dsl.select(INTERACTION.CUSTOMER_ID).from(INTERACTION).where(rows.interactions())
                .groupBy(INTERACTION.CUSTOMER_ID).orderBy(DSL.count().desc()).limit(1).fetchOne().value1();
        assertThat(new TimelineService(dsl, clock).timeline(busiest, null, 20)).hasSize(20);
    }

    private static Map<String, Integer> countBy(TableField<?, ?> field) {
        return countBy(field, rows.customers());
    }

    private static Map<String, Integer> countBy(TableField<?, ?> field, Condition condition) {
        return dsl.select(field.cast(String.class), DSL.count()).from(field.getTable()).where(condition).groupBy(field)
                .fetchMap(Record2::value1, Record2::value2);
    }
}
