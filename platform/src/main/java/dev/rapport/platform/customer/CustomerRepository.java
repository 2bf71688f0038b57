package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_ADDRESS;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;

import dev.rapport.platform.internal.db.tables.records.CustomerRecord;
import dev.rapport.platform.persistence.BatchInsert;
import dev.rapport.platform.persistence.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import dev.rapport.sdk.customer.CustomerInfo;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;

/** Customers and their emails, phones, addresses and tags in MariaDB. Works inside the caller's transaction. */
final class CustomerRepository {

    /** The columns of a list row, enough to render it and to continue after it. */
    static final List<SelectField<?>> SUMMARY_FIELDS = List.of(CUSTOMER.ID, CUSTOMER.KIND,
            CUSTOMER.DISPLAY_NAME, CUSTOMER.SORT_NAME, CUSTOMER.LIFECYCLE_STAGE, CUSTOMER.OWNER_ID,
            CUSTOMER.PRIMARY_EMAIL, CUSTOMER.PRIMARY_PHONE, CUSTOMER.CREATED_AT);

    /** The columns a new customer row gets (the id is generated). */
    private static final List<TableField<CustomerRecord, ?>> INSERTED_FIELDS = List.of(CUSTOMER.KIND,
            CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, CUSTOMER.ORGANISATION_NAME, CUSTOMER.DISPLAY_NAME,
            CUSTOMER.SORT_NAME, CUSTOMER.LIFECYCLE_STAGE, CUSTOMER.OWNER_ID, CUSTOMER.PREFERRED_LANGUAGE,
            CUSTOMER.CURRENCY, CUSTOMER.TIME_ZONE, CUSTOMER.MARKETING_CONSENT, CUSTOMER.CONSENT_CHANGED_AT,
            CUSTOMER.PRIMARY_EMAIL, CUSTOMER.PRIMARY_PHONE, CUSTOMER.NOTES, CUSTOMER.CREATED_AT, CUSTOMER.CREATED_BY,
            CUSTOMER.UPDATED_AT, CUSTOMER.UPDATED_BY, CUSTOMER.VERSION);

    private final DSLContext dsl;

    CustomerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts {@code customers} with their emails, phones, addresses and tags, each table as one JDBC batch (see
     * {@link BatchInsert}). The database generates the customer ids, and they are read back in this transaction:
     * the largest id it sees before inserting, then every id above it. Under repeatable read (MariaDB's default)
     * a transaction never sees rows of others that were not committed before its first read, and ids are handed
     * out in increasing order, so those are exactly the new rows, in the order given; the count is checked all
     * the same. The multi-row INSERT ... RETURNING this replaces was the largest part of an import's writing
     * (profiled): jOOQ rendered 21 parameters per row, the driver re-rendered them as text with a date
     * formatter per timestamp, and the server parsed that text again.
     */
    List<Long> insertAll(List<CheckedDraft> customers, Instant now, Long actorId) {
        Long largest = dsl.select(DSL.max(CUSTOMER.ID)).from(CUSTOMER).fetchSingle().value1();
        List<Object[]> rows = new ArrayList<>(customers.size());
        for (CheckedDraft customer : customers) {
            CustomerRecord record = dsl.newRecord(CUSTOMER);
            copy(customer, record);
            record.setConsentChangedAt(customer.draft().marketingConsent() ? now : null);
            record.setCreatedAt(now);
            record.setCreatedBy(actorId);
            record.setUpdatedAt(now);
            record.setUpdatedBy(actorId);
            record.setVersion(0);
            Object[] row = new Object[INSERTED_FIELDS.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = record.get(INSERTED_FIELDS.get(i));
            }
            rows.add(row);
        }
        BatchInsert.execute(dsl, CUSTOMER, INSERTED_FIELDS, rows, false);
        List<Long> ids = dsl.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.ID.gt(largest == null ? 0 : largest))
                .orderBy(CUSTOMER.ID).fetch(CUSTOMER.ID);
        if (ids.size() != customers.size()) {
            throw new IllegalStateException("Inserted " + customers.size() + " customers but read back " + ids.size()
                    + " new ids: the transaction must run under repeatable read");
        }
        insertChildren(ids, customers);
        return ids;
    }

    /** Updates when the stored version is still {@code expectedVersion}; false when it is not (or the row is gone). */
    boolean update(long id, int expectedVersion, CheckedDraft customer, boolean consentChanged, Instant now, Long actorId) {
        CustomerRecord record = dsl.newRecord(CUSTOMER);
        copy(customer, record);
        var update = dsl.update(CUSTOMER)
                .set(CUSTOMER.KIND, record.getKind())
                .set(CUSTOMER.FIRST_NAME, record.getFirstName())
                .set(CUSTOMER.LAST_NAME, record.getLastName())
                .set(CUSTOMER.ORGANISATION_NAME, record.getOrganisationName())
                .set(CUSTOMER.DISPLAY_NAME, record.getDisplayName())
                .set(CUSTOMER.SORT_NAME, record.getSortName())
                .set(CUSTOMER.LIFECYCLE_STAGE, record.getLifecycleStage())
                .set(CUSTOMER.OWNER_ID, record.getOwnerId())
                .set(CUSTOMER.PREFERRED_LANGUAGE, record.getPreferredLanguage())
                .set(CUSTOMER.CURRENCY, record.getCurrency())
                .set(CUSTOMER.TIME_ZONE, record.getTimeZone())
                .set(CUSTOMER.MARKETING_CONSENT, record.getMarketingConsent())
                .set(CUSTOMER.PRIMARY_EMAIL, record.getPrimaryEmail())
                .set(CUSTOMER.PRIMARY_PHONE, record.getPrimaryPhone())
                .set(CUSTOMER.NOTES, record.getNotes())
                .set(CUSTOMER.UPDATED_AT, now)
                .set(CUSTOMER.UPDATED_BY, actorId)
                .set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1));
        if (consentChanged) {
            update = update.set(CUSTOMER.CONSENT_CHANGED_AT, now);
        }
        int updated = update.where(CUSTOMER.ID.eq(id)).and(CUSTOMER.VERSION.eq(expectedVersion)).execute();
        if (updated == 0) {
            return false;
        }
        dsl.deleteFrom(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.CUSTOMER_ID.eq(id)).execute();
        dsl.deleteFrom(CUSTOMER_PHONE).where(CUSTOMER_PHONE.CUSTOMER_ID.eq(id)).execute();
        dsl.deleteFrom(CUSTOMER_ADDRESS).where(CUSTOMER_ADDRESS.CUSTOMER_ID.eq(id)).execute();
        dsl.deleteFrom(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.eq(id)).execute();
        insertChildren(List.of(id), List.of(customer));
        return true;
    }

    /** Version, time and author of the stored row, to explain a failed optimistic update. */
    record VersionInfo(int version, Instant updatedAt, Long updatedBy) {
    }

    Optional<VersionInfo> versionInfo(long id) {
        return dsl.select(CUSTOMER.VERSION, CUSTOMER.UPDATED_AT, CUSTOMER.UPDATED_BY).from(CUSTOMER)
                .where(CUSTOMER.ID.eq(id)).fetchOptional(r -> new VersionInfo(r.value1(), r.value2(), r.value3()));
    }

    boolean exists(long id) {
        return dsl.fetchExists(CUSTOMER, CUSTOMER.ID.eq(id));
    }

    Optional<Customer> find(long id) {
        return records(List.of(id)).stream().findFirst();
    }

    /** Customers {@code ids} with all their details, in the order given (missing ids left out). Five queries. */
    List<Customer> records(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EmailAddress>> emails = new HashMap<>();
        dsl.selectFrom(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.CUSTOMER_ID.in(ids))
                .orderBy(CUSTOMER_EMAIL.CUSTOMER_ID, CUSTOMER_EMAIL.POSITION)
                .forEach(r -> emails.computeIfAbsent(r.getCustomerId(), id -> new ArrayList<>())
                        .add(new EmailAddress(ContactLabel.valueOf(r.getLabel()), r.getEmail())));
        Map<Long, List<PhoneNumber>> phones = new HashMap<>();
        dsl.selectFrom(CUSTOMER_PHONE).where(CUSTOMER_PHONE.CUSTOMER_ID.in(ids))
                .orderBy(CUSTOMER_PHONE.CUSTOMER_ID, CUSTOMER_PHONE.POSITION)
                .forEach(r -> phones.computeIfAbsent(r.getCustomerId(), id -> new ArrayList<>())
                        .add(new PhoneNumber(ContactLabel.valueOf(r.getLabel()), r.getPhone())));
        Map<Long, List<PostalAddress>> addresses = new HashMap<>();
        dsl.selectFrom(CUSTOMER_ADDRESS).where(CUSTOMER_ADDRESS.CUSTOMER_ID.in(ids))
                .orderBy(CUSTOMER_ADDRESS.CUSTOMER_ID, CUSTOMER_ADDRESS.POSITION)
                .forEach(r -> addresses.computeIfAbsent(r.getCustomerId(), id -> new ArrayList<>())
                        .add(new PostalAddress(ContactLabel.valueOf(r.getLabel()), r.getStreet(), r.getPostalCode(),
                                r.getCity(), r.getRegion(), r.getCountryCode())));
        Map<Long, Set<String>> tags = new HashMap<>();
        dsl.select(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).from(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.in(ids))
                .orderBy(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG)
                .forEach(r -> tags.computeIfAbsent(r.value1(), id -> new LinkedHashSet<>()).add(r.value2()));
        Map<Long, Customer> byId = new HashMap<>();
        dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.in(ids)).forEach(record -> {
            long id = record.getId();
            CustomerDraft details = new CustomerDraft(CustomerKind.valueOf(record.getKind()), record.getFirstName(),
                    record.getLastName(), record.getOrganisationName(),
                    LifecycleStage.valueOf(record.getLifecycleStage()), record.getOwnerId(),
                    record.getPreferredLanguage(), record.getCurrency(), record.getTimeZone(),
                    Boolean.TRUE.equals(record.getMarketingConsent()), emails.getOrDefault(id, List.of()),
                    phones.getOrDefault(id, List.of()), addresses.getOrDefault(id, List.of()),
                    tags.getOrDefault(id, new LinkedHashSet<>()), record.getNotes());
            byId.put(id, new Customer(id, details, record.getConsentChangedAt(), record.getCreatedAt(),
                    record.getUpdatedAt(), record.getUpdatedBy(), record.getVersion()));
        });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** One page of the list after {@code after} (null for the first page), in {@code sort} order. */
    List<CustomerSummary> page(CustomerFilter filter, CustomerSort sort, CustomerSummary after, int limit) {
        var query = dsl.select(SUMMARY_FIELDS).from(CUSTOMER).where(conditions(filter)).orderBy(sortFields(sort));
        var limited = after == null
                ? query.limit(limit)
                : query.seek(seekValues(sort, after)).limit(limit);
        return limited.fetch(CustomerRepository::toSummary);
    }

    /** How many customers match, counted up to {@code upTo} only: a COUNT over a LIMITed subquery, never the whole table. */
    int countUpTo(CustomerFilter filter, int upTo) {
        var matching = dsl.selectOne().from(CUSTOMER).where(conditions(filter)).limit(upTo).asTable("matching");
        return dsl.selectCount().from(matching).fetchSingle().value1();
    }

    private static List<Condition> conditions(CustomerFilter filter) {
        List<Condition> conditions = new ArrayList<>(CustomerConditions.ofFields(filter.namePrefix(), filter.stages(),
                filter.ownerId()));
        if (filter.tag() != null && !filter.tag().isBlank()) {
            conditions.add(DSL.exists(DSL.selectOne().from(CUSTOMER_TAG)
                    .where(CUSTOMER_TAG.CUSTOMER_ID.eq(CUSTOMER.ID)).and(CUSTOMER_TAG.TAG.eq(filter.tag().strip()))));
        }
        return conditions;
    }

    private static List<SortField<?>> sortFields(CustomerSort sort) {
        return switch (sort) {
            case NAME_ASCENDING -> List.of(CUSTOMER.SORT_NAME.asc(), CUSTOMER.ID.asc());
            case NAME_DESCENDING -> List.of(CUSTOMER.SORT_NAME.desc(), CUSTOMER.ID.desc());
            case NEWEST_FIRST -> List.of(CUSTOMER.CREATED_AT.desc(), CUSTOMER.ID.desc());
            case OLDEST_FIRST -> List.of(CUSTOMER.CREATED_AT.asc(), CUSTOMER.ID.asc());
        };
    }

    private static Object[] seekValues(CustomerSort sort, CustomerSummary after) {
        return switch (sort) {
            case NAME_ASCENDING, NAME_DESCENDING -> new Object[] {after.sortName(), after.id()};
            case NEWEST_FIRST, OLDEST_FIRST -> new Object[] {after.createdAt(), after.id()};
        };
    }

    /** Customers with the email address {@code email} (the collation compares case-insensitively) or a phone number of {@code e164Digits}. */
    List<Long> idsWithEmailOrPhone(String email, String e164Digits, int limit) {
        if (email == null && e164Digits == null) {
            return List.of();
        }
        var byEmail = dsl.select(CUSTOMER_EMAIL.CUSTOMER_ID).from(CUSTOMER_EMAIL)
                .where(email == null ? DSL.falseCondition() : CUSTOMER_EMAIL.EMAIL.eq(email)).limit(limit);
        var byPhone = dsl.select(CUSTOMER_PHONE.CUSTOMER_ID).from(CUSTOMER_PHONE)
                .where(e164Digits == null ? DSL.falseCondition() : CUSTOMER_PHONE.E164_DIGITS.eq(e164Digits)).limit(limit);
        return byEmail.union(byPhone).fetch(CUSTOMER_EMAIL.CUSTOMER_ID);
    }

    /** The SDK view of customers {@code ids}, in the order given (missing ids are left out). Two queries. */
    List<CustomerInfo> infos(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> tags = new HashMap<>();
        dsl.select(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).from(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.in(ids))
                .forEach(r -> tags.computeIfAbsent(r.value1(), id -> new HashSet<>()).add(r.value2()));
        Map<Long, CustomerInfo> byId = new HashMap<>();
        dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.in(ids)).forEach(r -> byId.put(r.getId(), new CustomerInfo(r.getId(),
                CustomerKind.valueOf(r.getKind()), r.getDisplayName(), LifecycleStage.valueOf(r.getLifecycleStage()),
                r.getOwnerId(), r.getPrimaryEmail(), r.getPrimaryPhone(), r.getPreferredLanguage(), r.getCurrency(),
                r.getTimeZone(), Boolean.TRUE.equals(r.getMarketingConsent()), tags.getOrDefault(r.getId(), Set.of()),
                r.getCreatedAt())));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    List<Long> idsAfter(long afterId, int limit) {
        return dsl.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.ID.gt(afterId)).orderBy(CUSTOMER.ID).limit(limit)
                .fetch(CUSTOMER.ID);
    }

    /** Tags in use that start with {@code prefix}, for suggestions. */
    List<String> tags(String prefix, int limit) {
        return dsl.selectDistinct(CUSTOMER_TAG.TAG).from(CUSTOMER_TAG)
                .where(prefix == null || prefix.isBlank() ? DSL.noCondition() : Sql.startsWith(CUSTOMER_TAG.TAG, prefix.strip()))
                .orderBy(CUSTOMER_TAG.TAG).limit(limit).fetch(CUSTOMER_TAG.TAG);
    }

    /** Lower-cased addresses among {@code addresses} that customers have, each with one such customer. */
    Map<String, Long> customersByEmail(Collection<String> addresses) {
        Map<String, Long> found = new HashMap<>();
        // The column's collation ignores case: found addresses may differ in case from the ones asked for.
        dsl.select(CUSTOMER_EMAIL.EMAIL, CUSTOMER_EMAIL.CUSTOMER_ID).from(CUSTOMER_EMAIL)
                .where(CUSTOMER_EMAIL.EMAIL.in(addresses))
                .forEach(r -> found.putIfAbsent(r.value1().toLowerCase(Locale.ROOT), r.value2()));
        return found;
    }

    /** The numbers among {@code e164Digits} that customers have, each with one such customer. */
    Map<String, Long> customersByPhone(Collection<String> e164Digits) {
        Map<String, Long> found = new HashMap<>();
        dsl.select(CUSTOMER_PHONE.E164_DIGITS, CUSTOMER_PHONE.CUSTOMER_ID).from(CUSTOMER_PHONE)
                .where(CUSTOMER_PHONE.E164_DIGITS.in(e164Digits))
                .forEach(r -> found.putIfAbsent(r.value1(), r.value2()));
        return found;
    }

    static CustomerSummary toSummary(Record r) {
        return new CustomerSummary(r.get(CUSTOMER.ID), CustomerKind.valueOf(r.get(CUSTOMER.KIND)),
                r.get(CUSTOMER.DISPLAY_NAME), r.get(CUSTOMER.SORT_NAME),
                LifecycleStage.valueOf(r.get(CUSTOMER.LIFECYCLE_STAGE)), r.get(CUSTOMER.OWNER_ID),
                r.get(CUSTOMER.PRIMARY_EMAIL), r.get(CUSTOMER.PRIMARY_PHONE), r.get(CUSTOMER.CREATED_AT));
    }

    private static void copy(CheckedDraft customer, CustomerRecord record) {
        CustomerDraft draft = customer.draft();
        record.setKind(draft.kind().name());
        boolean organisation = draft.kind() == CustomerKind.ORGANISATION;
        record.setFirstName(organisation ? null : blankToNull(draft.firstName()));
        record.setLastName(organisation ? null : blankToNull(draft.lastName()));
        record.setOrganisationName(organisation ? blankToNull(draft.organisationName()) : null);
        record.setDisplayName(draft.displayName());
        record.setSortName(draft.sortName());
        record.setLifecycleStage(draft.stage().name());
        record.setOwnerId(draft.ownerId());
        record.setPreferredLanguage(draft.preferredLanguage().strip());
        record.setCurrency(draft.currency().strip());
        record.setTimeZone(draft.timeZone().strip());
        record.setMarketingConsent(draft.marketingConsent());
        record.setPrimaryEmail(draft.emails().isEmpty() ? null : EmailAddresses.normalise(draft.emails().getFirst().address()));
        record.setPrimaryPhone(customer.phones().isEmpty() ? null : customer.phones().getFirst().international());
        record.setNotes(blankToNull(draft.notes()));
    }

    /** The emails, phones, addresses and tags of {@code customers}, stored under {@code ids} (same order). */
    private void insertChildren(List<Long> ids, List<CheckedDraft> customers) {
        List<Object[]> emails = new ArrayList<>();
        List<Object[]> phones = new ArrayList<>();
        List<Object[]> addresses = new ArrayList<>();
        List<Object[]> tags = new ArrayList<>();
        for (int c = 0; c < customers.size(); c++) {
            Long customerId = ids.get(c);
            CheckedDraft customer = customers.get(c);
            CustomerDraft draft = customer.draft();
            for (int i = 0; i < draft.emails().size(); i++) {
                EmailAddress email = draft.emails().get(i);
                emails.add(new Object[] {customerId, EmailAddresses.normalise(email.address()), label(email.label()), i});
            }
            for (int i = 0; i < customer.phones().size(); i++) {
                PhoneNumbers.Normalised phone = customer.phones().get(i);
                phones.add(new Object[] {customerId, phone.international(), phone.e164Digits(), phone.nationalDigits(),
                        label(draft.phones().get(i).label()), i});
            }
            for (int i = 0; i < draft.addresses().size(); i++) {
                PostalAddress address = draft.addresses().get(i);
                addresses.add(new Object[] {customerId, label(address.label()), address.street().strip(),
                        blankToNull(address.postalCode()), address.city().strip(), blankToNull(address.region()),
                        address.countryCode(), i});
            }
            for (String tag : new LinkedHashSet<>(draft.tags().stream().map(String::strip).toList())) {
                tags.add(new Object[] {customerId, tag});
            }
        }
        BatchInsert.execute(dsl, CUSTOMER_EMAIL, List.of(CUSTOMER_EMAIL.CUSTOMER_ID, CUSTOMER_EMAIL.EMAIL,
                CUSTOMER_EMAIL.LABEL, CUSTOMER_EMAIL.POSITION), emails, false);
        BatchInsert.execute(dsl, CUSTOMER_PHONE, List.of(CUSTOMER_PHONE.CUSTOMER_ID, CUSTOMER_PHONE.PHONE,
                CUSTOMER_PHONE.E164_DIGITS, CUSTOMER_PHONE.NATIONAL_DIGITS, CUSTOMER_PHONE.LABEL,
                CUSTOMER_PHONE.POSITION), phones, false);
        BatchInsert.execute(dsl, CUSTOMER_ADDRESS, List.of(CUSTOMER_ADDRESS.CUSTOMER_ID, CUSTOMER_ADDRESS.LABEL,
                CUSTOMER_ADDRESS.STREET, CUSTOMER_ADDRESS.POSTAL_CODE, CUSTOMER_ADDRESS.CITY, CUSTOMER_ADDRESS.REGION,
                CUSTOMER_ADDRESS.COUNTRY_CODE, CUSTOMER_ADDRESS.POSITION), addresses, false);
        BatchInsert.execute(dsl, CUSTOMER_TAG, List.of(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG), tags, true);
    }

    private static String label(ContactLabel label) {
        return (label == null ? ContactLabel.OTHER : label).name();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
