package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.testing.Kernel.organisation;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.Test;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;

class CustomerServiceTest {

    private final Kernel kernel = new Kernel();
    private final CustomerService customers = kernel.customers;
    private final Actor actor = kernel.newActor();

    @Test
    void storesAPersonWithNormalisedContactDataAndReadsItBack() {
        String lastName = unique("Doe");
        CustomerDraft draft = person("Jane", lastName);
        Customer saved = customers.create(new CustomerDraft(draft.kind(), " Jane ", lastName, null, draft.stage(), null,
                "en-US", "USD", "America/New_York", true,
                List.of(new EmailAddress(ContactLabel.WORK, "Jane@EXAMPLE.Com")),
                List.of(new PhoneNumber(ContactLabel.MOBILE, "(201) 555-0123")), draft.addresses(), Set.of("vip", "b2c"),
                "notes"), actor);

        assertThat(saved.displayName()).isEqualTo("Jane " + lastName);
        assertThat(saved.version()).isZero();
        assertThat(saved.consentChangedAt()).isNotNull();
        assertThat(saved.updatedBy()).isEqualTo(actor.userId());
        assertThat(saved.details().emails()).extracting(EmailAddress::address).containsExactly("Jane@example.com");
        assertThat(saved.details().phones()).extracting(PhoneNumber::number).containsExactly("+1 201-555-0123");
        assertThat(saved.details().tags()).containsExactlyInAnyOrder("vip", "b2c");
        assertThat(customers.get(saved.id())).isEqualTo(saved);
    }

    @Test
    void refusesInvalidInputWithEveryProblemAndWritesNothing() {
        String lastName = "x".repeat(CustomerValidator.MAX_NAME + 1);
        CustomerDraft bad = new CustomerDraft(CustomerKind.PERSON, "Jane", lastName, null, LifecycleStage.PROSPECT, null,
                "not a language", "EURO", "Mars/Olympus", false,
                List.of(new EmailAddress(ContactLabel.WORK, "jane@"), new EmailAddress(ContactLabel.HOME, "ok@example.com")),
                List.of(new PhoneNumber(ContactLabel.MOBILE, "12")),
                List.of(new PostalAddress(ContactLabel.HOME, "", null, "Berlin", null, "XX")), Set.of("no!tag"), null);

        assertThatThrownBy(() -> customers.create(bad, actor))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple("lastName", "validation.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("preferredLanguage", "validation.language"),
                                org.assertj.core.groups.Tuple.tuple("currency", "validation.currency"),
                                org.assertj.core.groups.Tuple.tuple("timeZone", "validation.timeZone"),
                                org.assertj.core.groups.Tuple.tuple("emails[0]", "validation.email"),
                                org.assertj.core.groups.Tuple.tuple("phones[0]", "validation.phone"),
                                org.assertj.core.groups.Tuple.tuple("addresses[0].street", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("addresses[0].countryCode", "validation.country"),
                                org.assertj.core.groups.Tuple.tuple("tags", "validation.tag")));
        assertThat(customers.search("ok@example.com", 5)).noneMatch(hit -> hit.sortName().startsWith("xxxx"));
    }

    @Test
    void refusesALanguageTagLongerThanTheColumn() {
        CustomerDraft draft = person("Jane", unique("Lang"));
        CustomerDraft longTag = new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), null, draft.stage(),
                null, "en-US-x-private1-private2-private3-private4", draft.currency(), draft.timeZone(), false, draft.emails(),
                draft.phones(), draft.addresses(), draft.tags(), null);

        assertThat(customers.check(longTag).errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("preferredLanguage", "validation.tooLong"));
    }

    @Test
    void createsManyCustomersAtOnceInTheirOrderWithAnEventEach() {
        String family = unique("Bulk");
        List<CheckedDraft> drafts = List.of(customers.check(person("Anna", family)),
                customers.check(organisation(family + " GmbH")), customers.check(person("Carl", family)));

        List<Long> ids = customers.createAll(drafts, actor);

        assertThat(ids).hasSize(3).isSorted();
        assertThat(ids).extracting(id -> customers.get(id).displayName())
                .containsExactly("Anna " + family, family + " GmbH", "Carl " + family);
        assertThat(customers.get(ids.getFirst()).details()).isEqualTo(drafts.getFirst().draft());
        assertThat(kernel.dsl.fetchCount(DOMAIN_EVENT, DOMAIN_EVENT.CUSTOMER_ID.in(ids)
                .and(DOMAIN_EVENT.EVENT_TYPE.endsWith("CustomerCreated")))).isEqualTo(3);
    }

    @Test
    void createsNothingWhenADraftOfManyIsInvalid() {
        String family = unique("BulkBad");
        List<CheckedDraft> drafts = List.of(customers.check(person("Anna", family)), customers.check(person("Bert", "")));

        assertThatThrownBy(() -> customers.createAll(drafts, actor)).isInstanceOf(ValidationException.class);
        assertThat(customers.search(family, 5)).isEmpty();
    }

    @Test
    void requiresTheRightNameForEachKind() {
        CustomerDraft nameless = organisation(" ");
        assertThatThrownBy(() -> customers.create(nameless, actor)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("organisationName"));
        CustomerDraft noLastName = person("Jane", "");
        assertThatThrownBy(() -> customers.create(noLastName, actor)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("lastName"));
    }

    @Test
    void refusesAnOwnerWhoIsNotAnActiveUser() {
        CustomerDraft draft = withOwner(person("Jane", unique("Owner")), 987_654_321L);
        assertThatThrownBy(() -> customers.create(draft, actor)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("ownerId"));
    }

    @Test
    void updatesWithTheCurrentVersionAndReplacesContactData() {
        Customer created = customers.create(person("Jane", unique("Upd")), actor);
        CustomerDraft changed = new CustomerDraft(CustomerKind.PERSON, "Janet", created.details().lastName(), null,
                LifecycleStage.FORMER_CUSTOMER, null, "de-CH", "CHF", "Europe/Zurich", false,
                List.of(new EmailAddress(ContactLabel.HOME, "janet@example.ch")), List.of(), List.of(), Set.of(), null);

        Customer updated = customers.update(created.id(), created.version(), changed, actor).customer();

        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.details().firstName()).isEqualTo("Janet");
        assertThat(updated.details().emails()).extracting(EmailAddress::address).containsExactly("janet@example.ch");
        assertThat(updated.details().phones()).isEmpty();
        assertThat(updated.details().tags()).isEmpty();
        assertThat(updated.consentChangedAt()).isAfterOrEqualTo(created.consentChangedAt());
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedAndTheFirstOneKept() {
        User other = kernel.newUser();
        Customer created = customers.create(person("Jane", unique("Conflict")), actor);
        CustomerDraft first = rename(created.details(), "First");
        CustomerDraft second = rename(created.details(), "Second");

        customers.update(created.id(), created.version(), first, Actor.of(other));

        assertThatThrownBy(() -> customers.update(created.id(), created.version(), second, actor))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo(other.displayName());
                    assertThat(e.recordId()).isEqualTo(created.id());
                });
        Customer stored = customers.get(created.id());
        assertThat(stored.details().firstName()).isEqualTo("First");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.details().emails()).hasSize(1);
    }

    @Test
    void concurrentSavesOfOneVersionLetExactlyOneWinWithoutHalfWrittenRows() throws Exception {
        Customer created = customers.create(person("Jane", unique("Race")), actor);
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Customer>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            CustomerDraft draft = new CustomerDraft(CustomerKind.PERSON, "Writer" + i, created.details().lastName(), null,
                    LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false,
                    List.of(new EmailAddress(ContactLabel.WORK, "writer" + i + "@example.com"),
                            new EmailAddress(ContactLabel.HOME, "home" + i + "@example.com")),
                    List.of(), List.of(), Set.of("w" + i), null);
            Callable<Customer> save = () -> {
                start.await();
                return customers.update(created.id(), created.version(), draft, actor).customer();
            };
            results.add(pool.submit(save));
        }
        start.countDown();
        int won = 0;
        int conflicts = 0;
        for (Future<Customer> result : results) {
            try {
                result.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConcurrentEditException.class);
                conflicts++;
            }
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(conflicts).isEqualTo(writers - 1);
        Customer stored = customers.get(created.id());
        String winner = stored.details().firstName().substring("Writer".length());
        assertThat(stored.details().emails()).extracting(EmailAddress::address)
                .containsExactly("writer" + winner + "@example.com", "home" + winner + "@example.com");
        assertThat(stored.details().tags()).containsExactly("w" + winner);
    }

    @Test
    void updatingAMissingCustomerSaysSo() {
        assertThatThrownBy(() -> customers.update(Long.MAX_VALUE - 1, 0, person("No", "Body"), actor))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void pagesThroughAFilteredListWithKeysetsInEverySortOrder() {
        String tag = unique("page");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            CustomerDraft draft = person("P" + i, i % 3 == 0 ? "Same" : "Name" + (char) ('a' + i));
            ids.add(customers.create(withTags(draft, Set.of(tag)), actor).id());
        }
        CustomerFilter filter = CustomerFilter.ALL.withTag(tag);
        for (CustomerSort sort : CustomerSort.values()) {
            List<CustomerSummary> all = customers.list(filter, sort, null, 100);
            assertThat(all).extracting(CustomerSummary::id).containsExactlyInAnyOrderElementsOf(ids);
            List<CustomerSummary> paged = new ArrayList<>();
            CustomerSummary after = null;
            while (true) {
                List<CustomerSummary> page = customers.list(filter, sort, after, 5);
                if (page.isEmpty()) {
                    break;
                }
                paged.addAll(page);
                after = page.getLast();
            }
            assertThat(paged).as(sort.name()).isEqualTo(all);
        }
        List<CustomerSummary> byName = customers.list(filter, CustomerSort.NAME_ASCENDING, null, 100);
        assertThat(byName).extracting(CustomerSummary::sortName).isSorted();
    }

    @Test
    void filtersByStageOwnerTagAndNamePrefix() {
        String tag = unique("filter");
        User owner = kernel.newUser();
        String surname = unique("Filter");
        Customer matching = customers.create(withOwner(withTags(person("Ann", surname), Set.of(tag)), owner.id()), actor);
        customers.create(withTags(person("Bob", surname), Set.of(tag)), actor);

        CustomerFilter byTag = CustomerFilter.ALL.withTag(tag);
        assertThat(customers.list(byTag.withOwnerId(owner.id()), CustomerSort.NAME_ASCENDING, null, 10))
                .extracting(CustomerSummary::id).containsExactly(matching.id());
        assertThat(customers.list(byTag.withStages(Set.of(LifecycleStage.PROSPECT)), CustomerSort.NAME_ASCENDING, null, 10))
                .isEmpty();
        assertThat(customers.list(byTag.withNamePrefix("Ann " + surname.substring(0, 5)), CustomerSort.NAME_ASCENDING, null, 10))
                .extracting(CustomerSummary::id).containsExactly(matching.id());
        assertThat(customers.list(byTag.withNamePrefix(surname + " A"), CustomerSort.NAME_ASCENDING, null, 10))
                .extracting(CustomerSummary::id).containsExactly(matching.id());
    }

    @Test
    void everySearchIsOneRoundTripToTheDatabase() {
        AtomicInteger queries = new AtomicInteger();
        CustomerService counted = new CustomerService(
                kernel.dsl.configuration().derive(ExecuteListener.onExecuteStart(context -> queries.incrementAndGet())).dsl(),
                kernel.clock, new CustomerValidator("US"), kernel.users, kernel.outbox, kernel.audit);
        CustomerDraft draft = person("Jane", unique("Roundtrip"));
        // A number of her own: the shared test database holds many customers with the default one.
        Customer jane = customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), null,
                draft.stage(), null, draft.preferredLanguage(), draft.currency(), draft.timeZone(), false, draft.emails(),
                List.of(new PhoneNumber(ContactLabel.WORK, "+1 646-555-0" + (100 + (int) (Math.random() * 899)))),
                draft.addresses(), Set.of(), null), actor);
        String email = jane.details().emails().getFirst().address();

        for (String text : List.of(jane.details().sortName(), email.substring(0, email.indexOf('@') + 1),
                email.substring(0, email.indexOf('@')),
                jane.details().phones().getFirst().number())) {
            queries.set(0);
            assertThat(counted.search(text, 20)).extracting(CustomerSummary::id).contains(jane.id());
            assertThat(queries).as("queries to search for %s", text).hasValue(1);
        }
    }

    @Test
    void searchesByNameEmailAndPhonePrefix() {
        String surname = unique("Search");
        CustomerDraft draft = person("Jane", surname);
        Customer jane = customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), null,
                draft.stage(), null, draft.preferredLanguage(), draft.currency(), draft.timeZone(), false, draft.emails(),
                List.of(new PhoneNumber(ContactLabel.WORK, "+1 212-555-0" + (100 + (int) (Math.random() * 899)))),
                draft.addresses(), Set.of(), null), actor);
        String phone = jane.details().phones().getFirst().number();
        String email = jane.details().emails().getFirst().address();

        assertThat(customers.search(surname.substring(0, 12), 10)).extracting(CustomerSummary::id).contains(jane.id());
        assertThat(customers.search("Jane " + surname, 10)).extracting(CustomerSummary::id).containsExactly(jane.id());
        assertThat(customers.search(email.substring(0, email.indexOf('@') + 1), 10)).extracting(CustomerSummary::id)
                .containsExactly(jane.id());
        assertThat(customers.search(phone, 10)).extracting(CustomerSummary::id).contains(jane.id());
        assertThat(customers.search("(212) 555-0" + phone.substring(phone.length() - 3), 10))
                .extracting(CustomerSummary::id).contains(jane.id());
        assertThat(customers.search("%", 10)).isEmpty();
        assertThat(customers.search(" ", 10)).isEmpty();
    }

    @Test
    void aWordFindsTheEmailAddressesItBegins() {
        String localPart = unique("rallen").toLowerCase(java.util.Locale.ROOT);
        CustomerDraft draft = person("Ruth", unique("Allen"));
        Customer ruth = customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), null,
                draft.stage(), null, draft.preferredLanguage(), draft.currency(), draft.timeZone(), false,
                List.of(new EmailAddress(ContactLabel.WORK, localPart + "@example.com")), draft.phones(),
                draft.addresses(), Set.of(), null), actor);

        assertThat(customers.search(localPart.substring(0, localPart.length() - 2), 10)).extracting(CustomerSummary::id)
                .containsExactly(ruth.id());
        assertThat(customers.search(localPart.toUpperCase(java.util.Locale.ROOT), 10)).extracting(CustomerSummary::id)
                .containsExactly(ruth.id());
        assertThat(customers.search("Ruth " + localPart, 10)).as("a name search with a space looks at names only").isEmpty();
    }

    @Test
    void treatsLikeWildcardsInSearchTextLiterally() {
        String surname = unique("Wild");
        customers.create(person("Jane", surname), actor);
        assertThat(customers.search(surname.substring(0, 4) + "_", 50))
                .noneMatch(hit -> hit.sortName().startsWith(surname));
    }

    @Test
    void contactPersonsBelongToOrganisationsOnly() {
        Customer org = customers.create(organisation(unique("Acme ")), actor);
        ContactPerson contact = customers.addContact(org.id(),
                new ContactPersonDraft("Max", "Muster", "Buyer", "max@acme.example", "030 1234567"), actor);
        assertThat(contact.phone()).isEqualTo("+49 30 1234567");
        customers.setContactActive(contact.id(), false, actor);
        assertThat(customers.contacts(org.id())).extracting(ContactPerson::active).containsExactly(false);

        Customer person = customers.create(person("Jane", unique("Solo")), actor);
        assertThatThrownBy(() -> customers.addContact(person.id(), new ContactPersonDraft("A", "B", null, null, null), actor))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> customers.addContact(org.id(), new ContactPersonDraft("", "B", null, "bad", "1"), actor))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder("firstName", "email", "phone"));
    }

    private static CustomerDraft rename(CustomerDraft draft, String firstName) {
        return new CustomerDraft(draft.kind(), firstName, draft.lastName(), draft.organisationName(), draft.stage(),
                draft.ownerId(), draft.preferredLanguage(), draft.currency(), draft.timeZone(), draft.marketingConsent(),
                draft.emails(), draft.phones(), draft.addresses(), draft.tags(), draft.notes());
    }

    static CustomerDraft withTags(CustomerDraft draft, Set<String> tags) {
        return new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), draft.organisationName(), draft.stage(),
                draft.ownerId(), draft.preferredLanguage(), draft.currency(), draft.timeZone(), draft.marketingConsent(),
                draft.emails(), draft.phones(), draft.addresses(), tags, draft.notes());
    }

    static CustomerDraft withOwner(CustomerDraft draft, Long ownerId) {
        return new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), draft.organisationName(), draft.stage(),
                ownerId, draft.preferredLanguage(), draft.currency(), draft.timeZone(), draft.marketingConsent(),
                draft.emails(), draft.phones(), draft.addresses(), draft.tags(), draft.notes());
    }
}
