package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_ADDRESS;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;

import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.customer.EmailAddresses;
import dev.rapport.platform.customer.PhoneNumbers;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.customer.Transaction;
import dev.rapport.platform.interaction.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Insert;

/**
 * Writes a batch of generated customers with multi-row inserts, table by table, parents first. Columns are
 * filled the way {@code CustomerRepository}, {@code InteractionService} and {@code TransactionService} fill them.
 */
final class DemoBatchWriter {

    /** Rows per INSERT statement: large enough to be fast, small enough for any max_allowed_packet. */
    private static final int ROWS_PER_STATEMENT = 1000;

    /** A child row of a customer with its position among its siblings. */
    private record Child<T>(DemoCustomer parent, int position, T value) {

        long customerId() {
            return parent.customer().id();
        }

        /** The ids of siblings are consecutive, starting at {@code firstId}. */
        long id(long firstId) {
            return firstId + position;
        }
    }

    private DemoBatchWriter() {
    }

    /** Writes {@code batch} in the caller's transaction; returns the number of rows written. */
    static long write(DSLContext dsl, List<DemoCustomer> batch) {
        return insertCustomers(dsl, batch)
                + insertEmails(dsl, children(batch, c -> c.customer().details().emails()))
                + insertPhones(dsl, children(batch, DemoCustomer::phones))
                + insertAddresses(dsl, children(batch, c -> c.customer().details().addresses()))
                + insertTags(dsl, children(batch, c -> List.copyOf(c.customer().details().tags())))
                + insertContacts(dsl, children(batch, DemoCustomer::contacts))
                + insertInteractions(dsl, batch.stream().flatMap(c -> c.interactions().stream()).toList())
                + insertTransactions(dsl, batch.stream().flatMap(c -> c.transactions().stream()).toList());
    }

    private static int insertCustomers(DSLContext dsl, List<DemoCustomer> customers) {
        return insertInChunks(customers, () -> dsl.insertInto(CUSTOMER, CUSTOMER.ID, CUSTOMER.KIND,
                        CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, CUSTOMER.ORGANISATION_NAME, CUSTOMER.DISPLAY_NAME,
                        CUSTOMER.SORT_NAME, CUSTOMER.LIFECYCLE_STAGE, CUSTOMER.OWNER_ID, CUSTOMER.PREFERRED_LANGUAGE,
                        CUSTOMER.CURRENCY, CUSTOMER.TIME_ZONE, CUSTOMER.MARKETING_CONSENT, CUSTOMER.CONSENT_CHANGED_AT,
                        CUSTOMER.PRIMARY_EMAIL, CUSTOMER.PRIMARY_PHONE, CUSTOMER.NOTES, CUSTOMER.CREATED_AT,
                        CUSTOMER.CREATED_BY, CUSTOMER.UPDATED_AT, CUSTOMER.UPDATED_BY, CUSTOMER.VERSION),
                (insert, generated) -> {
                    var customer = generated.customer();
                    CustomerDraft details = customer.details();
                    return insert.values(customer.id(), details.kind().name(), details.firstName(),
                            details.lastName(), details.organisationName(), details.displayName(),
                            details.sortName(), details.stage().name(), details.ownerId(),
                            details.preferredLanguage(), details.currency(), details.timeZone(),
                            details.marketingConsent(), customer.consentChangedAt(),
                            details.emails().isEmpty()
                                    ? null : EmailAddresses.normalise(details.emails().getFirst().address()),
                            generated.phones().isEmpty() ? null : generated.phones().getFirst().international(),
                            details.notes(), customer.createdAt(), generated.createdBy(), customer.updatedAt(),
                            customer.updatedBy(), customer.version());
                });
    }

    private static int insertEmails(DSLContext dsl, List<Child<EmailAddress>> emails) {
        return insertInChunks(emails, () -> dsl.insertInto(CUSTOMER_EMAIL, CUSTOMER_EMAIL.ID,
                        CUSTOMER_EMAIL.CUSTOMER_ID, CUSTOMER_EMAIL.EMAIL, CUSTOMER_EMAIL.LABEL, CUSTOMER_EMAIL.POSITION),
                (insert, email) -> insert.values(email.id(email.parent().firstEmailId()), email.customerId(),
                        EmailAddresses.normalise(email.value().address()), email.value().label().name(),
                        email.position()));
    }

    private static int insertPhones(DSLContext dsl, List<Child<PhoneNumbers.Normalised>> phones) {
        return insertInChunks(phones, () -> dsl.insertInto(CUSTOMER_PHONE, CUSTOMER_PHONE.ID,
                        CUSTOMER_PHONE.CUSTOMER_ID, CUSTOMER_PHONE.PHONE, CUSTOMER_PHONE.E164_DIGITS,
                        CUSTOMER_PHONE.NATIONAL_DIGITS, CUSTOMER_PHONE.LABEL, CUSTOMER_PHONE.POSITION),
                (insert, phone) -> insert.values(phone.id(phone.parent().firstPhoneId()), phone.customerId(),
                        phone.value().international(), phone.value().e164Digits(), phone.value().nationalDigits(),
                        phone.parent().customer().details().phones().get(phone.position()).label().name(),
                        phone.position()));
    }

    private static int insertAddresses(DSLContext dsl, List<Child<PostalAddress>> addresses) {
        return insertInChunks(addresses, () -> dsl.insertInto(CUSTOMER_ADDRESS, CUSTOMER_ADDRESS.ID,
                        CUSTOMER_ADDRESS.CUSTOMER_ID, CUSTOMER_ADDRESS.LABEL, CUSTOMER_ADDRESS.STREET,
                        CUSTOMER_ADDRESS.POSTAL_CODE, CUSTOMER_ADDRESS.CITY, CUSTOMER_ADDRESS.REGION,
                        CUSTOMER_ADDRESS.COUNTRY_CODE, CUSTOMER_ADDRESS.POSITION),
                (insert, address) -> {
                    PostalAddress value = address.value();
                    return insert.values(address.id(address.parent().firstAddressId()), address.customerId(),
                            value.label().name(), value.street(), value.postalCode(), value.city(), value.region(),
                            value.countryCode(), address.position());
                });
    }

    private static int insertTags(DSLContext dsl, List<Child<String>> tags) {
        return insertInChunks(tags, () -> dsl.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG),
                (insert, tag) -> insert.values(tag.customerId(), tag.value()));
    }

    /** Contact persons are entered together with their organisation. */
    private static int insertContacts(DSLContext dsl, List<Child<ContactPerson>> contacts) {
        return insertInChunks(contacts, () -> dsl.insertInto(CUSTOMER_CONTACT, CUSTOMER_CONTACT.ID,
                        CUSTOMER_CONTACT.CUSTOMER_ID, CUSTOMER_CONTACT.FIRST_NAME, CUSTOMER_CONTACT.LAST_NAME,
                        CUSTOMER_CONTACT.JOB_TITLE, CUSTOMER_CONTACT.EMAIL, CUSTOMER_CONTACT.PHONE,
                        CUSTOMER_CONTACT.ACTIVE, CUSTOMER_CONTACT.CREATED_AT),
                (insert, contact) -> {
                    ContactPerson value = contact.value();
                    return insert.values(value.id(), value.customerId(), value.firstName(), value.lastName(),
                            value.jobTitle(), value.email(), value.phone(), value.active(),
                            contact.parent().customer().createdAt());
                });
    }

    private static int insertInteractions(DSLContext dsl, List<Interaction> interactions) {
        return insertInChunks(interactions, () -> dsl.insertInto(INTERACTION, INTERACTION.ID,
                        INTERACTION.CUSTOMER_ID, INTERACTION.CONTACT_ID, INTERACTION.CHANNEL, INTERACTION.DIRECTION,
                        INTERACTION.SUBJECT, INTERACTION.NOTES, INTERACTION.OUTCOME, INTERACTION.OCCURRED_AT,
                        INTERACTION.RECORDED_BY, INTERACTION.RECORDED_AT, INTERACTION.SOURCE, INTERACTION.CORRECTS_ID),
                (insert, i) -> insert.values(i.id(), i.customerId(), i.contactId(), i.channel().name(),
                        i.direction().name(), i.subject(), i.notes(), i.outcome().name(), i.occurredAt(),
                        i.recordedBy(), i.recordedAt(), i.source(), i.correctsId()));
    }

    private static int insertTransactions(DSLContext dsl, List<Transaction> transactions) {
        return insertInChunks(transactions, () -> dsl.insertInto(CUSTOMER_TRANSACTION, CUSTOMER_TRANSACTION.ID,
                        CUSTOMER_TRANSACTION.CUSTOMER_ID, CUSTOMER_TRANSACTION.KIND, CUSTOMER_TRANSACTION.AMOUNT,
                        CUSTOMER_TRANSACTION.CURRENCY, CUSTOMER_TRANSACTION.PRODUCT_ID, CUSTOMER_TRANSACTION.OCCURRED_AT,
                        CUSTOMER_TRANSACTION.SOURCE_SYSTEM, CUSTOMER_TRANSACTION.EXTERNAL_REF,
                        CUSTOMER_TRANSACTION.RECORDED_AT),
                (insert, t) -> insert.values(t.id(), t.customerId(), t.kind().name(), t.amount().amount(),
                        t.amount().currency(), t.productId(), t.occurredAt(), t.sourceSystem(), t.externalRef(),
                        t.recordedAt()));
    }

    private static <T> List<Child<T>> children(List<DemoCustomer> batch, Function<DemoCustomer, List<T>> children) {
        List<Child<T>> all = new ArrayList<>();
        for (DemoCustomer customer : batch) {
            List<T> values = children.apply(customer);
            for (int i = 0; i < values.size(); i++) {
                all.add(new Child<>(customer, i, values.get(i)));
            }
        }
        return all;
    }

    /**
     * Adds {@code rows} to multi-row inserts made by {@code newInsert}, executing one every
     * {@link #ROWS_PER_STATEMENT} rows; returns the number of rows.
     */
    private static <T, S extends Insert<?>> int insertInChunks(List<T> rows, Supplier<S> newInsert,
                                                               BiFunction<S, T, S> addRow) {
        for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
            S insert = newInsert.get();
            for (T row : rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT))) {
                insert = addRow.apply(insert, row);
            }
            insert.execute();
        }
        return rows.size();
    }
}
