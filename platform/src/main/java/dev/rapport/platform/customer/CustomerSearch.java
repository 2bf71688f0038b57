package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;

import dev.rapport.platform.persistence.Sql;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The header's customer search: each kind of prefix read from its own index range, stopped after the limit. */
final class CustomerSearch {

    private final DSLContext dsl;

    CustomerSearch(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An email prefix when the text has an @, a phone prefix when it is mostly digits, otherwise a name prefix. */
    List<CustomerSummary> find(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String term = text.strip();
        if (term.contains("@")) {
            return searchByEmail(term.toLowerCase(Locale.ROOT), limit);
        }
        if (PhoneNumbers.looksLikeSearchForNumber(term)) {
            return searchByPhoneDigits(PhoneNumbers.digits(term), limit);
        }
        // Email addresses hold no spaces: a single word may also be the start of one ("rallen").
        String emailPrefix = term.chars().anyMatch(Character::isWhitespace) ? null : term.toLowerCase(Locale.ROOT);
        return searchByNameOrEmail(term, emailPrefix, limit);
    }

    /**
     * Customers whose name starts with {@code prefix}: "Smith J" (sort name) or "John Sm" (display name); with an
     * {@code emailPrefix}, also those with an email address starting with it ("rallen" finds rallen@example.com).
     * Each branch is an index range stopped after {@code limit} hits.
     */
    private List<CustomerSummary> searchByNameOrEmail(String prefix, String emailPrefix, int limit) {
        var bySortName = dsl.select(CustomerRepository.SUMMARY_FIELDS).from(CUSTOMER).where(Sql.startsWith(CUSTOMER.SORT_NAME, prefix))
                .orderBy(CUSTOMER.SORT_NAME, CUSTOMER.ID).limit(limit);
        var byDisplayName = dsl.select(CustomerRepository.SUMMARY_FIELDS).from(CUSTOMER).where(Sql.startsWith(CUSTOMER.DISPLAY_NAME, prefix))
                .orderBy(CUSTOMER.DISPLAY_NAME, CUSTOMER.ID).limit(limit);
        var byEmail = dsl.select(CustomerRepository.SUMMARY_FIELDS).from(CUSTOMER).join(CUSTOMER_EMAIL).on(CUSTOMER_EMAIL.CUSTOMER_ID.eq(CUSTOMER.ID))
                .where(emailPrefix == null ? DSL.falseCondition() : Sql.startsWith(CUSTOMER_EMAIL.EMAIL, emailPrefix))
                .orderBy(CUSTOMER_EMAIL.EMAIL, CUSTOMER_EMAIL.CUSTOMER_ID).limit(limit);
        var union = bySortName.union(byDisplayName).union(byEmail).asTable("hits");
        return dsl.selectFrom(union).orderBy(union.field(CUSTOMER.SORT_NAME), union.field(CUSTOMER.ID)).limit(limit)
                .fetch(r -> CustomerRepository.toSummary(r.into(CUSTOMER.ID, CUSTOMER.KIND, CUSTOMER.DISPLAY_NAME, CUSTOMER.SORT_NAME,
                        CUSTOMER.LIFECYCLE_STAGE, CUSTOMER.OWNER_ID, CUSTOMER.PRIMARY_EMAIL, CUSTOMER.PRIMARY_PHONE,
                        CUSTOMER.CREATED_AT)));
    }

    /** Customers with an email address starting with {@code prefix}. */
    private List<CustomerSummary> searchByEmail(String prefix, int limit) {
        var ids = dsl.selectDistinct(CUSTOMER_EMAIL.CUSTOMER_ID).from(CUSTOMER_EMAIL)
                .where(Sql.startsWith(CUSTOMER_EMAIL.EMAIL, prefix)).limit(limit);
        return dsl.select(CustomerRepository.SUMMARY_FIELDS).from(CUSTOMER).where(CUSTOMER.ID.in(ids))
                .orderBy(CUSTOMER.SORT_NAME, CUSTOMER.ID).fetch(CustomerRepository::toSummary);
    }

    /**
     * Customers with a phone number whose international or national digits start with {@code digits}. One query:
     * the two index ranges, each stopped after {@code limit} hits, feed the customer lookup inside the database
     * (fetching the ids first doubled the round trips, and a search is mostly round trips).
     */
    private List<CustomerSummary> searchByPhoneDigits(String digits, int limit) {
        var international = DSL.select(CUSTOMER_PHONE.CUSTOMER_ID).from(CUSTOMER_PHONE)
                .where(Sql.startsWith(CUSTOMER_PHONE.E164_DIGITS, digits)).limit(limit);
        var national = DSL.select(CUSTOMER_PHONE.CUSTOMER_ID).from(CUSTOMER_PHONE)
                .where(Sql.startsWith(CUSTOMER_PHONE.NATIONAL_DIGITS, digits)).limit(limit);
        var hits = international.union(national).asTable("hits");
        return dsl.select(CustomerRepository.SUMMARY_FIELDS).from(CUSTOMER)
                .where(CUSTOMER.ID.in(DSL.select(hits.field(CUSTOMER_PHONE.CUSTOMER_ID)).from(hits)))
                .orderBy(CUSTOMER.SORT_NAME, CUSTOMER.ID).limit(limit).fetch(CustomerRepository::toSummary);
    }
}
