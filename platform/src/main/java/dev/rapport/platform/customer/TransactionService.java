package dev.rapport.platform.customer;

import dev.rapport.platform.validation.TextRules;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.PRODUCT;

import dev.rapport.platform.internal.db.tables.records.CustomerTransactionRecord;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import dev.rapport.sdk.customer.RevenueTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import org.jooq.Field;
import org.jooq.impl.DSL;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.sdk.event.TransactionRecorded;
import dev.rapport.sdk.customer.TransactionKind;

/** Records and reads the customers' account and transaction history. */
public final class TransactionService {

    private static final Duration MAX_FUTURE = Duration.ofDays(1);

    private final DSLContext dsl;
    private final Clock clock;
    private final CustomerService customers;
    private final EventOutbox outbox;

    public TransactionService(DSLContext dsl, Clock clock, CustomerService customers, EventOutbox outbox) {
        this.dsl = dsl;
        this.clock = clock;
        this.customers = customers;
        this.outbox = outbox;
    }

    /** Stores {@code draft}, or returns the transaction already stored with the same source system and reference. */
    public Transaction record(TransactionDraft draft, Actor actor) {
        return dsl.transactionResult(configuration -> record(configuration.dsl(), draft, actor));
    }

    /** As {@link #record(TransactionDraft, Actor)}, inside the caller's transaction {@code tx}. */
    public Transaction record(DSLContext tx, TransactionDraft draft, Actor actor) {
        Permissions.require(actor, Role.AGENT, "record transactions");
        validate(tx, draft);
        if (draft.externalRef() != null) {
            Optional<Transaction> existing = tx.selectFrom(CUSTOMER_TRANSACTION)
                    .where(CUSTOMER_TRANSACTION.SOURCE_SYSTEM.eq(draft.sourceSystem().strip()))
                    .and(CUSTOMER_TRANSACTION.EXTERNAL_REF.eq(draft.externalRef().strip()))
                    .fetchOptional(TransactionService::toTransaction);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        CustomerTransactionRecord record = tx.newRecord(CUSTOMER_TRANSACTION);
        record.setCustomerId(draft.customerId());
        record.setKind(draft.kind().name());
        record.setAmount(draft.amount());
        record.setCurrency(draft.currency());
        record.setProductId(draft.productId());
        record.setOccurredAt(draft.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        record.setSourceSystem(draft.sourceSystem().strip());
        record.setExternalRef(draft.externalRef() == null ? null : draft.externalRef().strip());
        record.setRecordedAt(clock.instant());
        record.store();
        outbox.append(tx, new TransactionRecorded(draft.customerId(), record.getId(), draft.kind(), draft.amount(),
                draft.currency(), draft.productId(), record.getOccurredAt()), EventTypes.KERNEL);
        // as stored (the amount's scale, the time's milliseconds), so a replay returns an equal transaction
        return tx.selectFrom(CUSTOMER_TRANSACTION).where(CUSTOMER_TRANSACTION.ID.eq(record.getId()))
                .fetchSingle(TransactionService::toTransaction);
    }

    public Optional<Transaction> findByExternalRef(String sourceSystem, String externalRef) {
        return dsl.selectFrom(CUSTOMER_TRANSACTION).where(CUSTOMER_TRANSACTION.SOURCE_SYSTEM.eq(sourceSystem))
                .and(CUSTOMER_TRANSACTION.EXTERNAL_REF.eq(externalRef)).fetchOptional(TransactionService::toTransaction);
    }

    /** A customer's transactions, newest first, after {@code after} (null for the first page). */
    public List<Transaction> history(long customerId, Transaction after, int limit) {
        var query = dsl.selectFrom(CUSTOMER_TRANSACTION).where(CUSTOMER_TRANSACTION.CUSTOMER_ID.eq(customerId))
                .orderBy(CUSTOMER_TRANSACTION.OCCURRED_AT.desc(), CUSTOMER_TRANSACTION.ID.desc());
        var page = after == null ? query.limit(limit) : query.seek(after.occurredAt(), after.id()).limit(limit);
        return page.fetch(TransactionService::toTransaction);
    }

    /** Transactions of every customer with an id above {@code afterId}, by id: a primary-key range read. */
    public List<Transaction> allAfter(long afterId, int limit) {
        return dsl.selectFrom(CUSTOMER_TRANSACTION).where(CUSTOMER_TRANSACTION.ID.gt(afterId))
                .orderBy(CUSTOMER_TRANSACTION.ID).limit(limit).fetch(TransactionService::toTransaction);
    }

    /** The most customers one {@link #revenue} call sums (the IN list stays an index lookup). */
    public static final int MAX_REVENUE_CUSTOMERS = 1000;

    /**
     * Revenue of {@code customerIds} in [{@code from}, {@code to}): purchases and subscription starts minus refunds,
     * one total per currency, by currency code. One grouped query over the customers' index range.
     */
    public List<RevenueTotal> revenue(Collection<Long> customerIds, Instant from, Instant to) {
        if (customerIds.size() > MAX_REVENUE_CUSTOMERS) {
            throw new IllegalArgumentException("At most " + MAX_REVENUE_CUSTOMERS + " customers per call, not "
                    + customerIds.size());
        }
        if (customerIds.isEmpty()) {
            return List.of();
        }
        List<String> revenueKinds = Arrays.stream(TransactionKind.values()).filter(kind -> kind.revenueSign() != 0)
                .map(Enum::name).toList();
        Field<BigDecimal> signed = DSL.when(CUSTOMER_TRANSACTION.KIND.eq(TransactionKind.REFUND.name()),
                CUSTOMER_TRANSACTION.AMOUNT.neg()).otherwise(CUSTOMER_TRANSACTION.AMOUNT);
        return dsl.select(CUSTOMER_TRANSACTION.CURRENCY, DSL.sum(signed), DSL.count())
                .from(CUSTOMER_TRANSACTION)
                .where(CUSTOMER_TRANSACTION.CUSTOMER_ID.in(customerIds))
                .and(CUSTOMER_TRANSACTION.KIND.in(revenueKinds))
                .and(CUSTOMER_TRANSACTION.OCCURRED_AT.ge(from)).and(CUSTOMER_TRANSACTION.OCCURRED_AT.lt(to))
                .groupBy(CUSTOMER_TRANSACTION.CURRENCY).orderBy(CUSTOMER_TRANSACTION.CURRENCY)
                .fetch(r -> new RevenueTotal(r.value1(), r.value2(), r.value3()));
    }

    private void validate(DSLContext tx, TransactionDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!customers.exists(draft.customerId())) {
            errors.add(FieldError.of("customerId", "validation.customerMissing"));
        }
        if (draft.kind() == null) {
            errors.add(FieldError.of("kind", "validation.required"));
        }
        ProductCatalog.checkAmount(errors, "amount", draft.amount());
        if (!CustomerValidator.isCurrency(draft.currency())) {
            errors.add(FieldError.of("currency", "validation.currency", String.valueOf(draft.currency())));
        }
        if (draft.occurredAt() == null) {
            errors.add(FieldError.of("occurredAt", "validation.required"));
        } else if (draft.occurredAt().isAfter(clock.instant().plus(MAX_FUTURE))) {
            errors.add(FieldError.of("occurredAt", "validation.future"));
        }
        TextRules.requireText(errors, "sourceSystem", draft.sourceSystem(), 50);
        TextRules.optionalText(errors, "externalRef", draft.externalRef(), 100);
        if (draft.productId() != null && !tx.fetchExists(PRODUCT, PRODUCT.ID.eq(draft.productId()))) {
            errors.add(FieldError.of("productId", "validation.productMissing"));
        }
        ValidationException.throwIfAny(errors);
    }

    /** Maps a stored row to the domain record. */
    public static Transaction toTransaction(CustomerTransactionRecord r) {
        return new Transaction(r.getId(), r.getCustomerId(), TransactionKind.valueOf(r.getKind()),
                new Money(r.getAmount(), r.getCurrency()), r.getProductId(), r.getOccurredAt(), r.getSourceSystem(),
                r.getExternalRef(), r.getRecordedAt());
    }
}
