package dev.rapport.platform.demo;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.customer.PhoneNumbers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Makes one customer after the other: identity, contact details, contact persons and history. */
final class CustomerFactory {

    private static final double PERSON_SHARE = 0.7;
    private static final long HISTORY = Duration.ofDays(5 * 365).toMillis();
    private static final long NEWEST_AGE = Duration.ofHours(1).toMillis();
    private static final Weighted<LifecycleStage> STAGES = Weighted.<LifecycleStage>builder()
            .add(LifecycleStage.CUSTOMER, 72).add(LifecycleStage.PROSPECT, 16).add(LifecycleStage.FORMER_CUSTOMER, 12)
            .build();
    private static final Weighted<Integer> CONTACTS_PER_ORGANISATION = Weighted.<Integer>builder()
            .add(1, 35).add(2, 35).add(3, 20).add(4, 10)
            .build();
    /** Former customers stayed for this share of the time between the record's creation and now, at least. */
    private static final double SHORTEST_STAY = 0.3;
    private static final double LONGEST_STAY = 0.95;

    /** Who a customer is and how to reach them. Persons have no company domain, organisations no first and last name. */
    private record Identity(String firstName, String lastName, String organisationName, String companyDomain,
                            List<EmailAddress> emails, List<Phone> phones) {
    }

    private record Phone(ContactLabel label, PhoneNumbers.Normalised number) {
    }

    private final DemoRandom random;
    private final long now;
    private final DemoStaff.Team team;
    private final DemoIds ids;
    private final DemoPhones phones = new DemoPhones();
    private final InteractionFactory interactions;
    private final TransactionFactory transactions;

    CustomerFactory(DemoRandom random, Instant now, DemoStaff.Team team, DemoCatalogue catalogue, DemoIds ids) {
        this.random = random;
        this.now = now.toEpochMilli();
        this.team = team;
        this.ids = ids;
        this.interactions = new InteractionFactory(random, this.now, team, ids.interactions());
        this.transactions = new TransactionFactory(random, this.now, catalogue, ids.transactions());
    }

    DemoCustomer next() {
        long id = ids.customers().next();
        DemoCountry country = DemoCountries.CUSTOMER_MIX.pick(random);
        DemoCountry.City city = country.city(random);
        CustomerKind kind = random.chance(PERSON_SHARE) ? CustomerKind.PERSON : CustomerKind.ORGANISATION;
        LifecycleStage stage = STAGES.pick(random);
        long createdAt = random.between(now - HISTORY, now - NEWEST_AGE);
        ActiveSpan span = activeSpan(stage, createdAt);
        long ownerId = team.owner(random);
        boolean consent = random.chance(kind == CustomerKind.PERSON ? 0.55 : 0.45);
        Identity identity = kind == CustomerKind.PERSON ? person(country) : organisation(country);
        CustomerDraft details = new CustomerDraft(kind, identity.firstName(), identity.lastName(),
                identity.organisationName(), stage, ownerId, country.languageTag(), country.currency(), city.timeZone(),
                consent, identity.emails(),
                identity.phones().stream().map(p -> new PhoneNumber(p.label(), p.number().international())).toList(),
                List.of(country.address(city, kind == CustomerKind.PERSON ? ContactLabel.HOME : ContactLabel.WORK,
                        random)),
                new LinkedHashSet<>(DemoTags.choose(kind, stage, consent, random)),
                random.chance(0.12) ? random.pick(DemoVocabulary.CUSTOMER_NOTES) : null);

        long createdBy = random.chance(0.7) ? ownerId : team.anyone(random);
        long updatedAt = lastUpdate(stage, createdAt, span);
        Customer customer = new Customer(id, details, consent ? Instant.ofEpochMilli(createdAt) : null,
                Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt),
                updatedAt == createdAt ? createdBy : ownerId, 0);
        List<ContactPerson> contacts = kind == CustomerKind.ORGANISATION
                ? contacts(id, country, identity.companyDomain()) : List.of();
        int utcOffset = ZoneId.of(city.timeZone()).getRules().getOffset(Instant.ofEpochMilli(now)).getTotalSeconds();
        return new DemoCustomer(customer, identity.phones().stream().map(Phone::number).toList(), createdBy,
                ids.emails().reserve(details.emails().size()), ids.phones().reserve(details.phones().size()),
                ids.addresses().reserve(details.addresses().size()), contacts,
                interactions.create(id, kind, ownerId, contacts, span, utcOffset),
                transactions.create(id, kind, stage, country, span));
    }

    private Identity person(DemoCountry country) {
        String firstName = random.pickCommon(country.people().firstNames());
        String lastName = random.pickCommon(country.people().lastNames());
        List<EmailAddress> emails = new ArrayList<>(2);
        emails.add(new EmailAddress(ContactLabel.HOME,
                DemoEmails.personal(firstName, lastName, random.pickCommon(country.mailDomains()), random)));
        if (random.chance(0.35)) {
            String second = DemoEmails.personal(firstName, lastName, random.pick(country.mailDomains()), random);
            if (!second.equals(emails.getFirst().address())) {
                emails.add(new EmailAddress(ContactLabel.WORK, second));
            }
        }
        return new Identity(firstName, lastName, null, null, emails,
                phones(country, ContactLabel.HOME, ContactLabel.WORK, 0.35));
    }

    /** "Schmidt Logistik GmbH" or "Harbor Analytics LLC", with its own mail domain. */
    private Identity organisation(DemoCountry country) {
        String company = (random.chance(0.45)
                ? random.pickCommon(country.people().lastNames())
                : random.pick(country.companies().brands())) + " " + random.pick(country.companies().sectors());
        String name = company + " " + random.pickCommon(country.companies().legalForms());
        String domain = DemoEmails.companyDomain(company, country.topLevelDomain());
        List<EmailAddress> emails = new ArrayList<>(2);
        emails.add(new EmailAddress(ContactLabel.WORK, random.pickCommon(DemoVocabulary.COMPANY_MAILBOXES) + "@" + domain));
        if (random.chance(0.4)) {
            emails.add(new EmailAddress(ContactLabel.BILLING, "accounts@" + domain));
        }
        return new Identity(null, null, name, domain, emails,
                phones(country, ContactLabel.WORK, ContactLabel.OTHER, 0.3));
    }

    /** One number, and with {@code secondShare} another one (unless it happens to equal the first). */
    private List<Phone> phones(DemoCountry country, ContactLabel first, ContactLabel second, double secondShare) {
        Phone main = new Phone(first, phones.next(country.code(), random));
        if (!random.chance(secondShare)) {
            return List.of(main);
        }
        Phone other = new Phone(second, phones.next(country.code(), random));
        return other.number().e164Digits().equals(main.number().e164Digits()) ? List.of(main) : List.of(main, other);
    }

    private ActiveSpan activeSpan(LifecycleStage stage, long createdAt) {
        if (stage != LifecycleStage.FORMER_CUSTOMER) {
            return new ActiveSpan(createdAt, now);
        }
        double stay = SHORTEST_STAY + (LONGEST_STAY - SHORTEST_STAY) * random.fraction();
        return new ActiveSpan(createdAt, createdAt + (long) ((now - createdAt) * stay));
    }

    /** A former customer's record was last changed when they left, or later; others' at any time, or never. */
    private long lastUpdate(LifecycleStage stage, long createdAt, ActiveSpan span) {
        if (stage == LifecycleStage.FORMER_CUSTOMER) {
            return random.between(span.to(), now);
        }
        return random.chance(0.4) ? createdAt : random.between(createdAt, now);
    }

    private List<ContactPerson> contacts(long customerId, DemoCountry country, String companyDomain) {
        int count = CONTACTS_PER_ORGANISATION.pick(random);
        List<ContactPerson> contacts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String firstName = random.pickCommon(country.people().firstNames());
            String lastName = random.pickCommon(country.people().lastNames());
            String email = random.chance(0.9) ? DemoEmails.atCompany(firstName, lastName, companyDomain) : null;
            String phone = random.chance(0.7) ? phones.next(country.code(), random).international() : null;
            contacts.add(new ContactPerson(ids.contacts().next(), customerId, firstName, lastName,
                    random.pickCommon(DemoVocabulary.JOB_TITLES), email, phone, random.chance(0.9)));
        }
        return contacts;
    }
}
