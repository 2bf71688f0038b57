package dev.rapport.platform.home;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.RECENT_CUSTOMER;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The customers each user opened last, for their home page: recorded when a 360° view opens, at most {@link #KEPT}
 * per user (older ones are dropped as new ones come), newest first. A merged-away customer leaves the list with its
 * row (the foreign key cascades).
 */
public final class RecentCustomers {

    /** How many customers a user's list keeps. */
    public static final int KEPT = 10;

    /** A customer a user opened, and when. */
    public record Recent(long customerId, String displayName, Instant openedAt) {
    }

    private final DSLContext dsl;
    private final Clock clock;

    public RecentCustomers(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Notes that {@code userId} opened {@code customerId} now, and forgets what falls beyond the kept number. */
    public void opened(long userId, long customerId) {
        Instant now = clock.instant();
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.insertInto(RECENT_CUSTOMER).set(RECENT_CUSTOMER.USER_ID, userId)
                    .set(RECENT_CUSTOMER.CUSTOMER_ID, customerId).set(RECENT_CUSTOMER.OPENED_AT, now)
                    .onDuplicateKeyUpdate().set(RECENT_CUSTOMER.OPENED_AT, now)
                    .execute();
            // The list is short: read its tail through the user's index and delete exactly those rows.
            List<Long> beyond = tx.select(RECENT_CUSTOMER.CUSTOMER_ID).from(RECENT_CUSTOMER)
                    .where(RECENT_CUSTOMER.USER_ID.eq(userId))
                    .orderBy(RECENT_CUSTOMER.OPENED_AT.desc(), RECENT_CUSTOMER.CUSTOMER_ID.desc())
                    .limit(KEPT, 100)
                    .fetch(RECENT_CUSTOMER.CUSTOMER_ID);
            if (!beyond.isEmpty()) {
                tx.deleteFrom(RECENT_CUSTOMER).where(RECENT_CUSTOMER.USER_ID.eq(userId))
                        .and(RECENT_CUSTOMER.CUSTOMER_ID.in(beyond)).execute();
            }
        });
    }

    /** The customers {@code userId} opened last, newest first. */
    public List<Recent> of(long userId, int limit) {
        return dsl.select(RECENT_CUSTOMER.CUSTOMER_ID, CUSTOMER.DISPLAY_NAME, RECENT_CUSTOMER.OPENED_AT)
                .from(RECENT_CUSTOMER).join(CUSTOMER).on(CUSTOMER.ID.eq(RECENT_CUSTOMER.CUSTOMER_ID))
                .where(RECENT_CUSTOMER.USER_ID.eq(userId))
                .orderBy(RECENT_CUSTOMER.OPENED_AT.desc(), RECENT_CUSTOMER.CUSTOMER_ID.desc())
                .limit(Math.min(limit, KEPT))
                .fetch(row -> new Recent(row.value1(), row.value2(), row.value3()));
    }
}
