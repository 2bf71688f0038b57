package dev.rapport.plugin.retention.signal;

import static dev.rapport.plugin.retention.db.Tables.RET_COST;
import static dev.rapport.plugin.retention.db.Tables.RET_REQUEST;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Service requests and cost to serve as the service plugins' events told them: stored idempotently (by request and by
 * event sequence) and counted per customer as of a moment.
 */
public final class SignalRepository {

    private final DSLContext dsl;

    public SignalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records an opened request once. */
    public void requestOpened(String source, long requestId, long customerId, boolean complaint, Instant at) {
        dsl.insertInto(RET_REQUEST).set(RET_REQUEST.SOURCE, source).set(RET_REQUEST.REQUEST_ID, requestId)
                .set(RET_REQUEST.CUSTOMER_ID, customerId).set(RET_REQUEST.COMPLAINT, complaint)
                .set(RET_REQUEST.OPENED_AT, at).onDuplicateKeyIgnore().execute();
    }

    /** Records that a request was resolved (the first resolution counts). */
    public void requestResolved(String source, long requestId, Instant at) {
        dsl.update(RET_REQUEST).set(RET_REQUEST.RESOLVED_AT, at).where(RET_REQUEST.SOURCE.eq(source))
                .and(RET_REQUEST.REQUEST_ID.eq(requestId)).and(RET_REQUEST.RESOLVED_AT.isNull()).execute();
    }

    /** Records a cost to serve once per event; {@code amount} null when it could not be converted. */
    public void cost(long sequence, String source, long customerId, BigDecimal amount, String currency, Instant at) {
        dsl.insertInto(RET_COST).set(RET_COST.EVENT_SEQUENCE, sequence).set(RET_COST.SOURCE, source)
                .set(RET_COST.CUSTOMER_ID, customerId).set(RET_COST.AMOUNT, amount).set(RET_COST.CURRENCY, currency)
                .set(RET_COST.OCCURRED_AT, at).onDuplicateKeyIgnore().execute();
    }

    /** Whether any cost to serve was ever reported: without, cost to serve is "not available", never zero. */
    public boolean costKnown() {
        return dsl.fetchExists(RET_COST);
    }

    /** Cost to serve per customer from {@code from} to {@code to} (converted amounts only). */
    public Map<Long, BigDecimal> costs(Instant from, Instant to) {
        return dsl.select(RET_COST.CUSTOMER_ID, DSL.sum(RET_COST.AMOUNT)).from(RET_COST)
                .where(RET_COST.OCCURRED_AT.ge(from)).and(RET_COST.OCCURRED_AT.lt(to)).and(RET_COST.AMOUNT.isNotNull())
                .groupBy(RET_COST.CUSTOMER_ID).fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** One customer's cost to serve from {@code from} to {@code to}. */
    public BigDecimal cost(long customerId, Instant from, Instant to) {
        BigDecimal sum = dsl.select(DSL.sum(RET_COST.AMOUNT)).from(RET_COST).where(RET_COST.CUSTOMER_ID.eq(customerId))
                .and(RET_COST.OCCURRED_AT.ge(from)).and(RET_COST.OCCURRED_AT.lt(to)).fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** Requests opened in the year before {@code at}, per customer. */
    public Map<Long, Integer> requestsInYearBefore(Instant at) {
        Map<Long, Integer> counts = new HashMap<>();
        dsl.select(RET_REQUEST.CUSTOMER_ID, DSL.count()).from(RET_REQUEST)
                .where(RET_REQUEST.OPENED_AT.ge(at.minus(java.time.Duration.ofDays(365)))).and(RET_REQUEST.OPENED_AT.lt(at))
                .groupBy(RET_REQUEST.CUSTOMER_ID).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Requests open at {@code at}, per customer. */
    public Map<Long, Integer> openAt(Instant at) {
        Map<Long, Integer> counts = new HashMap<>();
        dsl.select(RET_REQUEST.CUSTOMER_ID, DSL.count()).from(RET_REQUEST).where(RET_REQUEST.OPENED_AT.lt(at))
                .and(RET_REQUEST.RESOLVED_AT.isNull().or(RET_REQUEST.RESOLVED_AT.ge(at)))
                .groupBy(RET_REQUEST.CUSTOMER_ID).forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** One customer's requests opened in the year before {@code at} and open at {@code at}. */
    public int[] customerRequests(long customerId, Instant at) {
        int year = dsl.fetchCount(RET_REQUEST, RET_REQUEST.CUSTOMER_ID.eq(customerId)
                .and(RET_REQUEST.OPENED_AT.ge(at.minus(java.time.Duration.ofDays(365)))).and(RET_REQUEST.OPENED_AT.lt(at)));
        int open = dsl.fetchCount(RET_REQUEST, RET_REQUEST.CUSTOMER_ID.eq(customerId).and(RET_REQUEST.OPENED_AT.lt(at))
                .and(RET_REQUEST.RESOLVED_AT.isNull().or(RET_REQUEST.RESOLVED_AT.ge(at))));
        return new int[] {year, open};
    }
}
