package dev.rapport.platform.customer;

import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.DSLContext;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.sdk.event.CustomerCreated;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.event.CustomerUpdated;
import java.util.stream.Collectors;
import dev.rapport.sdk.customer.CustomerKind;

/**
 * Creates, changes, finds and lists customers. Every write validates the whole input first and runs in
 * one transaction, so a refused or conflicting save leaves nothing half-written.
 */
public final class CustomerService {

    public static final int MAX_PAGE = 500;

    private final DSLContext dsl;
    private final Clock clock;
    private final CustomerValidator validator;
    private final UserDirectory users;
    private final EventOutbox outbox;
    private final AuditLog audit;

    public CustomerService(DSLContext dsl, Clock clock, CustomerValidator validator, UserDirectory users,
                           EventOutbox outbox, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.validator = validator;
        this.users = users;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Creates a customer; agents and above, an agent only for themselves or nobody as the owner. */
    public Customer create(CustomerDraft draft, Actor actor) {
        return get(dsl.transactionResult(configuration -> create(configuration.dsl(), draft, List.of(), actor)));
    }

    /**
     * Creates a customer, and for an organisation its contact persons, inside the caller's transaction
     * {@code tx}: the rows, the {@link CustomerCreated} event and the audit entry are written if, and only if,
     * it commits. Validates everything first (contact persons' fields as {@code contacts[i].field}).
     *
     * @return the new customer's id
     */
    public long create(DSLContext tx, CustomerDraft draft, List<ContactPersonDraft> contacts, Actor actor) {
        requireMayCreate(draft.ownerId(), actor);
        CheckedDraft checked = check(draft);
        List<FieldError> errors = new ArrayList<>(checked.errors());
        if (!contacts.isEmpty() && draft.kind() != CustomerKind.ORGANISATION) {
            errors.add(FieldError.of("contacts", "validation.contactsOnlyForOrganisations"));
        }
        List<ContactPersonDraft> cleanContacts = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            try {
                cleanContacts.add(ContactPersons.validate(contacts.get(i), validator.phoneRegion(draft)));
            } catch (ValidationException e) {
                String prefix = "contacts[" + i + "].";
                e.errors().forEach(error -> errors.add(new FieldError(prefix + error.field(), error.messageKey(),
                        error.arguments())));
            }
        }
        ValidationException.throwIfAny(errors);
        long created = insertIn(tx, List.of(checked), actor, () -> { }).getFirst();
        ContactPersons contactPersons = new ContactPersons(tx, clock);
        cleanContacts.forEach(contact -> contactPersons.insert(created, contact));
        audit.record(tx, actor, AuditAction.CUSTOMER_CREATED, "customer", created, draft.displayName());
        return created;
    }

    /**
     * Stores valid drafts as new customers in one transaction (all or none), with bulk inserts and one
     * {@link CustomerCreated} event each: the path of imports, which audit themselves as a whole
     * ({@code CUSTOMERS_IMPORTED}) rather than per customer.
     *
     * @return the new customers' ids, in the order of {@code drafts}
     * @throws ValidationException if a draft is not valid; nothing was written
     * @throws dev.rapport.sdk.error.AccessDeniedException if {@code actor} may not create one of them (e.g. for another owner)
     */
    public List<Long> createAll(List<CheckedDraft> drafts, Actor actor) {
        return createAll(drafts, actor, () -> { });
    }

    /**
     * {@link #createAll(List, Actor)}, running {@code beforeEvents} in the transaction once the customers and their
     * details are written, before their events are appended and the transaction commits. An import that writes two
     * chunks side by side waits there for the chunk before, so that chunks commit, and their events are numbered,
     * in file order; it throws there to roll the chunk back when the one before failed.
     */
    public List<Long> createAll(List<CheckedDraft> drafts, Actor actor, Runnable beforeEvents) {
        drafts.forEach(CheckedDraft::orThrow);
        drafts.stream().map(checked -> checked.draft().ownerId()).distinct()
                .forEach(ownerId -> requireMayCreate(ownerId, actor));
        if (drafts.isEmpty()) {
            return List.of();
        }
        return dsl.transactionResult(configuration -> insertIn(configuration.dsl(), drafts, actor, beforeEvents));
    }

    private void requireMayCreate(Long ownerId, Actor actor) {
        Permissions.require(actor, Role.AGENT, "create customers");
        Permissions.require(Permissions.canAssignOwner(actor, ownerId, departmentsOf(ownerId)), actor,
                "make someone else the owner of a customer");
    }

    /**
     * Inserts checked drafts with one {@link CustomerCreated} event each inside {@code tx}, running
     * {@code beforeEvents} between the rows and the events.
     */
    private List<Long> insertIn(DSLContext tx, List<CheckedDraft> drafts, Actor actor, Runnable beforeEvents) {
        List<Long> ids = new CustomerRepository(tx).insertAll(drafts, clock.instant(), actor.storedUserId());
        beforeEvents.run();
        List<CustomerCreated> events = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            CustomerDraft draft = drafts.get(i).draft();
            events.add(new CustomerCreated(ids.get(i), draft.kind(), draft.stage(), draft.ownerId()));
        }
        outbox.appendAll(tx, events, EventTypes.KERNEL);
        return ids;
    }

    /** Whether {@code actor} may change customer {@code customer} (for hiding what the service would refuse). */
    public boolean canEdit(Customer customer, Actor actor) {
        Long ownerId = customer.details().ownerId();
        return Permissions.canEditCustomer(actor, ownerId, departmentsOf(ownerId));
    }

    private void requireEditable(Customer customer, Actor actor) {
        Permissions.require(canEdit(customer, actor), actor, "change customer " + customer.id());
    }

    private java.util.Set<Long> departmentsOf(Long userId) {
        return userId == null ? java.util.Set.of() : users.find(userId).map(User::departmentIds).orElse(java.util.Set.of());
    }

    /**
     * Saves {@code draft} over the customer if nobody saved it since {@code expectedVersion} was read.
     *
     * @return the saved customer and what changed (nothing, if the draft equals the stored details)
     * @throws ConcurrentEditException when someone else saved first; nothing was written
     */
    public Update update(long id, int expectedVersion, CustomerDraft draft, Actor actor) {
        List<CustomerChanges.FieldChange> changes = dsl.transactionResult(configuration ->
                update(configuration.dsl(), id, expectedVersion, draft, actor));
        return new Update(get(id), changes);
    }

    /**
     * Saves {@code draft} over the customer inside the caller's transaction {@code tx} (see
     * {@link #update(long, int, CustomerDraft, Actor)}); the change, its event and its audit entry commit with it.
     *
     * @return what changed
     */
    public List<CustomerChanges.FieldChange> update(DSLContext tx, long id, int expectedVersion, CustomerDraft draft,
                                                    Actor actor) {
        Customer current = new CustomerRepository(tx).find(id).orElseThrow(() -> new NotFoundException("Customer", id));
        requireEditable(current, actor);
        if (!java.util.Objects.equals(current.details().ownerId(), draft.ownerId())) {
            Permissions.require(Permissions.canAssignOwner(actor, draft.ownerId(), departmentsOf(draft.ownerId())), actor,
                    "make someone else the owner of a customer");
        }
        return write(tx, current, expectedVersion, draft, actor);
    }

    /**
     * Records whether the customer agrees to receive marketing. Withdrawing consent is open to everyone who may
     * log contacts (agents and above): nobody may go on marketing to a customer who said no; granting it needs
     * the right to change the customer.
     */
    public Customer setMarketingConsent(long id, boolean consent, Actor actor) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Customer current = new CustomerRepository(tx).find(id).orElseThrow(() -> new NotFoundException("Customer", id));
            if (consent) {
                requireEditable(current, actor);
            } else {
                Permissions.require(actor, Role.AGENT, "withdraw the marketing consent of customer " + id);
            }
            CustomerDraft details = current.details();
            if (details.marketingConsent() != consent) {
                write(tx, current, current.version(), new CustomerDraft(details.kind(), details.firstName(),
                        details.lastName(), details.organisationName(), details.stage(), details.ownerId(),
                        details.preferredLanguage(), details.currency(), details.timeZone(), consent, details.emails(),
                        details.phones(), details.addresses(), details.tags(), details.notes()), actor);
            }
        });
        return get(id);
    }

    /** Writes {@code draft} over {@code current} with its event and audit entry; permissions are checked already. */
    private List<CustomerChanges.FieldChange> write(DSLContext tx, Customer current, int expectedVersion,
                                                    CustomerDraft draft, Actor actor) {
        long id = current.id();
        CheckedDraft checked = check(draft).orThrow();
        CustomerRepository repository = new CustomerRepository(tx);
        List<CustomerChanges.FieldChange> changed = CustomerChanges.between(current.details(), draft);
        boolean consentChanged = current.details().marketingConsent() != draft.marketingConsent();
        if (!repository.update(id, expectedVersion, checked, consentChanged, clock.instant(), actor.storedUserId())) {
            throw conflict(repository, id);
        }
        if (!changed.isEmpty()) {
            outbox.append(tx, new CustomerUpdated(id,
                    changed.stream().map(CustomerChanges.FieldChange::field).collect(Collectors.toSet()),
                    draft.stage(), draft.ownerId()), EventTypes.KERNEL);
            audit.record(tx, actor, AuditAction.CUSTOMER_UPDATED, "customer", id,
                    new CustomerChangeText(users).of(changed));
        }
        return changed;
    }

    /** The outcome of a save: the stored customer and the fields that changed. */
    public record Update(Customer customer, List<CustomerChanges.FieldChange> changes) {
    }

    private ConcurrentEditException conflict(CustomerRepository repository, long id) {
        var info = repository.versionInfo(id).orElseThrow(() -> new NotFoundException("Customer", id));
        String author = info.updatedBy() == null ? "" : users.find(info.updatedBy()).map(User::displayName).orElse("");
        return new ConcurrentEditException("Customer", id, info.updatedAt(), author);
    }

    /**
     * Checks {@code draft} by the rules every save applies (the form's, plus: the owner is an active user)
     * without storing anything.
     */
    public CheckedDraft check(CustomerDraft draft) {
        CheckedDraft checked = validator.check(draft);
        if (draft.ownerId() != null && users.find(draft.ownerId()).filter(User::active).isEmpty()) {
            List<FieldError> errors = new ArrayList<>(checked.errors());
            errors.add(FieldError.of("ownerId", "validation.owner"));
            return CheckedDraft.invalid(draft, errors);
        }
        return checked;
    }

    /**
     * Which of {@code addresses} customers have: each found address in lower case, with one customer having
     * it. Addresses compare ignoring case, as the validator compares a customer's own addresses.
     */
    public Map<String, Long> customersByEmail(Collection<String> addresses) {
        return addresses.isEmpty() ? Map.of() : new CustomerRepository(dsl).customersByEmail(addresses);
    }

    /** Which of {@code e164Digits} (phone numbers as {@link PhoneNumbers.Normalised#e164Digits()}) customers have. */
    public Map<String, Long> customersByPhone(Collection<String> e164Digits) {
        return e164Digits.isEmpty() ? Map.of() : new CustomerRepository(dsl).customersByPhone(e164Digits);
    }

    /** The region whose numbers a phone typed without + is read as, for this customer. */
    public String phoneRegionOf(CustomerDraft draft) {
        return validator.phoneRegion(draft);
    }

    /**
     * A phone number in the stored forms; numbers without + are read as numbers of {@code region} (ISO 3166
     * alpha-2), or of the configured default region when it is null.
     */
    public Optional<PhoneNumbers.Normalised> normalisePhone(String number, String region) {
        return PhoneNumbers.normalise(number, region == null || region.isBlank() ? validator.defaultPhoneRegion()
                : region.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The ids of customers having {@code email} (any of their addresses, case-insensitively) or a phone number
     * with the international digits {@code e164Digits}: duplicate candidates. Each part may be null.
     */
    public List<Long> idsWithEmailOrPhone(String email, String e164Digits, int limit) {
        return new CustomerRepository(dsl).idsWithEmailOrPhone(email == null ? null : email.strip(), e164Digits,
                Math.min(limit, MAX_PAGE));
    }

    public Customer get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Customer", id));
    }

    public Optional<Customer> find(long id) {
        return new CustomerRepository(dsl).find(id);
    }

    /** Customers {@code ids} with all their details, in the order given (missing ids left out); for batch work. */
    public List<Customer> records(List<Long> ids) {
        return new CustomerRepository(dsl).records(ids);
    }

    /** The customer as {@code db} sees it (a transaction sees the customers it created). */
    public Optional<Customer> find(DSLContext db, long id) {
        return new CustomerRepository(db).find(id);
    }

    /** The SDK view of a customer (what plugins and tabs see). */
    public Optional<CustomerInfo> info(long id) {
        return info(dsl, id);
    }

    /** The SDK view of a customer as {@code db} sees it. */
    public Optional<CustomerInfo> info(DSLContext db, long id) {
        return new CustomerRepository(db).infos(List.of(id)).stream().findFirst();
    }

    /** The SDK view of customers {@code ids}, in the order given. */
    public List<CustomerInfo> infos(List<Long> ids) {
        return new CustomerRepository(dsl).infos(ids);
    }

    /** The SDK view of the customers with an id above {@code afterId}, by id: a primary-key range read. */
    public List<CustomerInfo> infosAfter(long afterId, int limit) {
        return new CustomerRepository(dsl).infos(new CustomerRepository(dsl).idsAfter(afterId, limit));
    }

    public boolean exists(long id) {
        return new CustomerRepository(dsl).exists(id);
    }

    /**
     * One page of customers in {@code sort} order, continuing after {@code after} (the last row of the
     * previous page, or null for the first page). Keyset paging: every page costs the same, however deep.
     */
    public List<CustomerSummary> list(CustomerFilter filter, CustomerSort sort, CustomerSummary after, int limit) {
        return new CustomerRepository(dsl).page(filter, sort, after, Math.min(limit, MAX_PAGE));
    }

    /**
     * How many customers {@code filter} selects: exact up to {@code bound}, else {@code bound} with
     * {@link CappedCount#atLeast()} (the database stops counting there, so a million rows cost what {@code bound} do).
     */
    public CappedCount count(CustomerFilter filter, int bound) {
        int counted = new CustomerRepository(dsl).countUpTo(filter, bound + 1);
        return counted > bound ? new CappedCount(bound, true) : new CappedCount(counted, false);
    }

    /** A count that stopped at a bound: {@code atLeast} when there are more than {@code value}. */
    public record CappedCount(long value, boolean atLeast) {
    }

    /**
     * The global search: an email prefix when the text has an @, a phone prefix when it is mostly digits,
     * otherwise a name prefix ("Smith J" or "John Sm") or, for a single word, also an email prefix ("rallen").
     */
    public List<CustomerSummary> search(String text, int limit) {
        return new CustomerSearch(dsl).find(text, Math.min(limit, MAX_PAGE));
    }

    /** Tags in use, starting with {@code prefix}. */
    public List<String> tags(String prefix, int limit) {
        return new CustomerRepository(dsl).tags(prefix, Math.min(limit, MAX_PAGE));
    }

    // Contact persons of organisations

    public List<ContactPerson> contacts(long customerId) {
        return new ContactPersons(dsl, clock).of(customerId);
    }

    public ContactPerson addContact(long customerId, ContactPersonDraft draft, Actor actor) {
        return dsl.transactionResult(configuration -> addContact(configuration.dsl(), customerId, draft, actor));
    }

    /** Adds a contact person to an organisation inside the caller's transaction {@code tx}. */
    public ContactPerson addContact(DSLContext tx, long customerId, ContactPersonDraft draft, Actor actor) {
        Customer customer = new CustomerRepository(tx).find(customerId)
                .orElseThrow(() -> new NotFoundException("Customer", customerId));
        requireEditable(customer, actor);
        if (customer.kind() != CustomerKind.ORGANISATION) {
            throw new ValidationException(List.of(FieldError.of("customer", "validation.contactsOnlyForOrganisations")));
        }
        ContactPersonDraft clean = ContactPersons.validate(draft, validator.phoneRegion(customer.details()));
        return new ContactPersons(tx, clock).insert(customerId, clean);
    }

    /** Contacts are never deleted (interactions refer to them); one who left is marked inactive. */
    public void setContactActive(long contactId, boolean active, Actor actor) {
        ContactPersons contacts = new ContactPersons(dsl, clock);
        requireEditable(get(contacts.customerOf(contactId)), actor);
        contacts.setActive(contactId, active);
    }
}
