package dev.rapport.platform.demo;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_ADDRESS;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;

import org.jooq.DSLContext;

/** The id sequences of every table a demo run fills, each starting after the table's highest id. */
record DemoIds(IdSequence customers, IdSequence emails, IdSequence phones, IdSequence addresses,
               IdSequence contacts, IdSequence interactions, IdSequence transactions) {

    static DemoIds after(DSLContext dsl) {
        return new DemoIds(IdSequence.after(dsl, CUSTOMER.ID), IdSequence.after(dsl, CUSTOMER_EMAIL.ID),
                IdSequence.after(dsl, CUSTOMER_PHONE.ID), IdSequence.after(dsl, CUSTOMER_ADDRESS.ID),
                IdSequence.after(dsl, CUSTOMER_CONTACT.ID), IdSequence.after(dsl, INTERACTION.ID),
                IdSequence.after(dsl, CUSTOMER_TRANSACTION.ID));
    }
}
