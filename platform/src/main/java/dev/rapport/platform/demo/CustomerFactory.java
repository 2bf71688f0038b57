package dev.rapport.platform.demo;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.EmailAddresses;
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
    /**
     * Random names tried for a company before a city is added ("Schmidt Logistik Hamburg"), and as many again before
     * a number is.
     */
    private static final int COMPANY_NAME_ATTEMPTS = 10;
    /** A country's numbers run to millions: far fewer attempts than this find a free one. */
    private static final int PHONE_ATTEMPTS = 1_000;

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
    /** Customers' emails, phones ("+digits") and company domains ("@domain") given so far. */
    private final TakenKeys taken = new TakenKeys();
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

        long createdBy = random.chance(0.7) ? ownerId : team.creatorFor(ownerId, random);
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
        emails.add(new EmailAddress(ContactLabel.HOME, uniqueEmail(
                DemoEmails.personal(firstName, lastName, random.pickCommon(country.mailDomains()), random))));
        if (random.chance(0.35)) {
            String second = DemoEmails.personal(firstName, lastName, random.pick(country.mailDomains()), random);
            if (!second.equals(emails.getFirst().address())) {
                emails.add(new EmailAddress(ContactLabel.WORK, uniqueEmail(second)));
            }
        }
        return new Identity(firstName, lastName, null, null, emails,
                phones(country, ContactLabel.HOME, ContactLabel.WORK, 0.35));
    }

    /**
     * {@code address}, or when another customer has it, the same with the lowest number from 2 on that nobody has
     * (anna.muller2@...), as a mail provider hands out a taken name.
     */
    private String uniqueEmail(String address) {
        if (taken.take(EmailAddresses.normalise(address))) {
            return address;
        }
        int at = address.indexOf('@');
        for (int number = 2; ; number++) {
            String numbered = address.substring(0, at) + number + address.substring(at);
            if (taken.take(EmailAddresses.normalise(numbered))) {
                return numbered;
            }
        }
    }

    /** "Schmidt Logistik GmbH" or "Harbor Analytics LLC", with its own mail domain. */
    private Identity organisation(DemoCountry country) {
        String company;
        String domain;
        int attempt = 0;
        // Another company of the same name would share the domain and with it the mailboxes: another name then.
        do {
            company = (random.chance(0.45)
                    ? random.pickCommon(country.people().lastNames())
                    : random.pick(country.companies().brands())) + " " + random.pick(country.companies().sectors());
            attempt++;
            if (attempt > COMPANY_NAME_ATTEMPTS) {
                company = company + " " + country.city(random).name();
            }
            if (attempt > 2 * COMPANY_NAME_ATTEMPTS) {
                company = company + " " + attempt; // ends the search however many companies there are
            }
            domain = DemoEmails.companyDomain(company, country.topLevelDomain());
        } while (!taken.take("@" + domain));
        String name = company + " " + random.pickCommon(country.companies().legalForms());
        List<EmailAddress> emails = new ArrayList<>(2);
        emails.add(new EmailAddress(ContactLabel.WORK, random.pickCommon(DemoVocabulary.COMPANY_MAILBOXES) + "@" + domain));
        if (random.chance(0.4)) {
            emails.add(new EmailAddress(ContactLabel.BILLING, "accounts@" + domain));
        }
        return new Identity(null, null, name, domain, emails,
                phones(country, ContactLabel.WORK, ContactLabel.OTHER, 0.3));
    }

    /** One number, and with {@code secondShare} another one; numbers no other customer has. */
    private List<Phone> phones(DemoCountry country, ContactLabel first, ContactLabel second, double secondShare) {
        Phone main = new Phone(first, uniquePhone(country));
        if (!random.chance(secondShare)) {
            return List.of(main);
        }
        return List.of(main, new Phone(second, uniquePhone(country)));
    }

    private PhoneNumbers.Normalised uniquePhone(DemoCountry country) {
        for (int attempt = 0; attempt < PHONE_ATTEMPTS; attempt++) {
            PhoneNumbers.Normalised number = phones.next(country.code(), random);
            if (taken.take("+" + number.e164Digits())) {
                return number;
            }
        }
        throw new IllegalStateException("No phone number of " + country.code() + " left after " + PHONE_ATTEMPTS
                + " attempts");
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
