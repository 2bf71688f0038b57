package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_ADDRESS;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * The rows a demo run adds to the shared test database: everything above the highest ids from before the
 * run. Other test classes write to the same database, so the tests look only at these rows and delete them.
 */
final class GeneratedRows {

    private final DSLContext dsl;
    private final long customer;
    private final long email;
    private final long phone;
    private final long address;
    private final long contact;
    private final long interaction;
    private final long transaction;

    private GeneratedRows(DSLContext dsl) {
        this.dsl = dsl;
        this.customer = max(CUSTOMER.ID);
        this.email = max(CUSTOMER_EMAIL.ID);
        this.phone = max(CUSTOMER_PHONE.ID);
        this.address = max(CUSTOMER_ADDRESS.ID);
        this.contact = max(CUSTOMER_CONTACT.ID);
        this.interaction = max(INTERACTION.ID);
        this.transaction = max(CUSTOMER_TRANSACTION.ID);
    }

    /** Marks the rows that exist now; whatever is added afterwards counts as generated. */
    static GeneratedRows from(DSLContext dsl) {
        return new GeneratedRows(dsl);
    }

    Condition customers() {
        return CUSTOMER.ID.gt(customer);
    }

    Condition contacts() {
        return CUSTOMER_CONTACT.ID.gt(contact);
    }

    Condition interactions() {
        return INTERACTION.ID.gt(interaction);
    }

    Condition transactions() {
        return CUSTOMER_TRANSACTION.ID.gt(transaction);
    }

    /** Every generated row, every column, as a SHA-256 hex string. */
    String fingerprint() {
        StringBuilder all = new StringBuilder();
        all.append(dsl.selectFrom(CUSTOMER).where(customers()).orderBy(CUSTOMER.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.ID.gt(email))
                .orderBy(CUSTOMER_EMAIL.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(CUSTOMER_PHONE).where(CUSTOMER_PHONE.ID.gt(phone))
                .orderBy(CUSTOMER_PHONE.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(CUSTOMER_ADDRESS).where(CUSTOMER_ADDRESS.ID.gt(address))
                .orderBy(CUSTOMER_ADDRESS.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.gt(customer))
                .orderBy(CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG).fetch().formatCSV());
        all.append(dsl.selectFrom(CUSTOMER_CONTACT).where(contacts()).orderBy(CUSTOMER_CONTACT.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(INTERACTION).where(interactions()).orderBy(INTERACTION.ID).fetch().formatCSV());
        all.append(dsl.selectFrom(CUSTOMER_TRANSACTION).where(transactions())
                .orderBy(CUSTOMER_TRANSACTION.ID).fetch().formatCSV());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(all.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the generated rows, children first; emails, phones, addresses and tags go with their customer. */
    void delete() {
        dsl.deleteFrom(INTERACTION).where(interactions()).execute();
        dsl.deleteFrom(CUSTOMER_TRANSACTION).where(transactions()).execute();
        dsl.deleteFrom(CUSTOMER_CONTACT).where(contacts()).execute();
        dsl.deleteFrom(CUSTOMER).where(customers()).execute();
    }

    private long max(TableField<?, Long> id) {
        Long max = dsl.select(DSL.max(id)).from(id.getTable()).fetchOne().value1();
        return max == null ? 0 : max;
    }
}
