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
import dev.rapport.platform.persistence.BatchInsert;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Writes a batch of generated customers table by table, parents first, each table as one JDBC batch of a
 * prepared INSERT (jOOQ renders it once and binds each row). MariaDB Connector/J sends a batched INSERT as one
 * bulk command (COM_STMT_BULK_EXECUTE: the rows as binary parameter arrays), which loads several times faster
 * than multi-row INSERTs that jOOQ renders and the driver then re-renders as text. Columns are filled the way
 * {@code CustomerRepository}, {@code InteractionService} and {@code TransactionService} fill them.
 */
final class DemoBatchWriter {

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
        return insertBatch(dsl, customers, CUSTOMER, List.of(CUSTOMER.ID, CUSTOMER.KIND,
                        CUSTOMER.FIRST_NAME, CUSTOMER.LAST_NAME, CUSTOMER.ORGANISATION_NAME, CUSTOMER.DISPLAY_NAME,
                        CUSTOMER.SORT_NAME, CUSTOMER.LIFECYCLE_STAGE, CUSTOMER.OWNER_ID, CUSTOMER.PREFERRED_LANGUAGE,
                        CUSTOMER.CURRENCY, CUSTOMER.TIME_ZONE, CUSTOMER.MARKETING_CONSENT, CUSTOMER.CONSENT_CHANGED_AT,
                        CUSTOMER.PRIMARY_EMAIL, CUSTOMER.PRIMARY_PHONE, CUSTOMER.NOTES, CUSTOMER.CREATED_AT,
                        CUSTOMER.CREATED_BY, CUSTOMER.UPDATED_AT, CUSTOMER.UPDATED_BY, CUSTOMER.VERSION),
                generated -> {
                    var customer = generated.customer();
                    CustomerDraft details = customer.details();
                    return row(customer.id(), details.kind().name(), details.firstName(),
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
        return insertBatch(dsl, emails, CUSTOMER_EMAIL, List.of(CUSTOMER_EMAIL.ID,
                        CUSTOMER_EMAIL.CUSTOMER_ID, CUSTOMER_EMAIL.EMAIL, CUSTOMER_EMAIL.LABEL, CUSTOMER_EMAIL.POSITION),
                email -> row(email.id(email.parent().firstEmailId()), email.customerId(),
                        EmailAddresses.normalise(email.value().address()), email.value().label().name(),
                        email.position()));
    }

    private static int insertPhones(DSLContext dsl, List<Child<PhoneNumbers.Normalised>> phones) {
        return insertBatch(dsl, phones, CUSTOMER_PHONE, List.of(CUSTOMER_PHONE.ID,
                        CUSTOMER_PHONE.CUSTOMER_ID, CUSTOMER_PHONE.PHONE, CUSTOMER_PHONE.E164_DIGITS,
                        CUSTOMER_PHONE.NATIONAL_DIGITS, CUSTOMER_PHONE.LABEL, CUSTOMER_PHONE.POSITION),
                phone -> row(phone.id(phone.parent().firstPhoneId()), phone.customerId(),
                        phone.value().international(), phone.value().e164Digits(), phone.value().nationalDigits(),
                        phone.parent().customer().details().phones().get(phone.position()).label().name(),
                        phone.position()));
    }

    private static int insertAddresses(DSLContext dsl, List<Child<PostalAddress>> addresses) {
        return insertBatch(dsl, addresses, CUSTOMER_ADDRESS, List.of(CUSTOMER_ADDRESS.ID,
                        CUSTOMER_ADDRESS.CUSTOMER_ID, CUSTOMER_ADDRESS.LABEL, CUSTOMER_ADDRESS.STREET,
                        CUSTOMER_ADDRESS.POSTAL_CODE, CUSTOMER_ADDRESS.CITY, CUSTOMER_ADDRESS.REGION,
                        CUSTOMER_ADDRESS.COUNTRY_CODE, CUSTOMER_ADDRESS.POSITION),
                address -> {
                    PostalAddress value = address.value();
                    return row(address.id(address.parent().firstAddressId()), address.customerId(),
                            value.label().name(), value.street(), value.postalCode(), value.city(), value.region(),
                            value.countryCode(), address.position());
                });
    }

    private static int insertTags(DSLContext dsl, List<Child<String>> tags) {
        return insertBatch(dsl, tags, CUSTOMER_TAG, List.of(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG),
                tag -> row(tag.customerId(), tag.value()));
    }

    /** Contact persons are entered together with their organisation. */
    private static int insertContacts(DSLContext dsl, List<Child<ContactPerson>> contacts) {
        return insertBatch(dsl, contacts, CUSTOMER_CONTACT, List.of(CUSTOMER_CONTACT.ID,
                        CUSTOMER_CONTACT.CUSTOMER_ID, CUSTOMER_CONTACT.FIRST_NAME, CUSTOMER_CONTACT.LAST_NAME,
                        CUSTOMER_CONTACT.JOB_TITLE, CUSTOMER_CONTACT.EMAIL, CUSTOMER_CONTACT.PHONE,
                        CUSTOMER_CONTACT.ACTIVE, CUSTOMER_CONTACT.CREATED_AT),
                contact -> {
                    ContactPerson value = contact.value();
                    return row(value.id(), value.customerId(), value.firstName(), value.lastName(),
                            value.jobTitle(), value.email(), value.phone(), value.active(),
                            contact.parent().customer().createdAt());
                });
    }

    private static int insertInteractions(DSLContext dsl, List<Interaction> interactions) {
        return insertBatch(dsl, interactions, INTERACTION, List.of(INTERACTION.ID,
                        INTERACTION.CUSTOMER_ID, INTERACTION.CONTACT_ID, INTERACTION.CHANNEL, INTERACTION.DIRECTION,
                        INTERACTION.SUBJECT, INTERACTION.NOTES, INTERACTION.OUTCOME, INTERACTION.OCCURRED_AT,
                        INTERACTION.RECORDED_BY, INTERACTION.RECORDED_AT, INTERACTION.SOURCE, INTERACTION.CORRECTS_ID),
                i -> row(i.id(), i.customerId(), i.contactId(), i.channel().name(),
                        i.direction().name(), i.subject(), i.notes(), i.outcome().name(), i.occurredAt(),
                        i.recordedBy(), i.recordedAt(), i.source(), i.correctsId()));
    }

    private static int insertTransactions(DSLContext dsl, List<Transaction> transactions) {
        return insertBatch(dsl, transactions, CUSTOMER_TRANSACTION, List.of(CUSTOMER_TRANSACTION.ID,
                        CUSTOMER_TRANSACTION.CUSTOMER_ID, CUSTOMER_TRANSACTION.KIND, CUSTOMER_TRANSACTION.AMOUNT,
                        CUSTOMER_TRANSACTION.CURRENCY, CUSTOMER_TRANSACTION.PRODUCT_ID, CUSTOMER_TRANSACTION.OCCURRED_AT,
                        CUSTOMER_TRANSACTION.SOURCE_SYSTEM, CUSTOMER_TRANSACTION.EXTERNAL_REF,
                        CUSTOMER_TRANSACTION.RECORDED_AT),
                t -> row(t.id(), t.customerId(), t.kind().name(), t.amount().amount(),
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

    private static Object[] row(Object... values) {
        return values;
    }

    /** Inserts the values of each of {@code rows} into {@code columns} as one JDBC batch; returns the number of rows. */
    private static <T> int insertBatch(DSLContext dsl, List<T> rows, Table<?> table, List<Field<?>> columns,
                                       Function<T, Object[]> values) {
        return BatchInsert.execute(dsl, table, columns, rows.stream().map(values).toList(), false);
    }
}
