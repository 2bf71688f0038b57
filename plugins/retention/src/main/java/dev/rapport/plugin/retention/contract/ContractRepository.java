package dev.rapport.plugin.retention.contract;

import static dev.rapport.plugin.retention.db.Tables.RET_AGREEMENT;

import dev.rapport.plugin.retention.db.tables.records.RetAgreementRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Customers' service agreements in {@code ret_agreement}, kept from the service plugin's events, and their contract
 * ends ({@link ContractEnds}) per customer.
 */
public final class ContractRepository {

    private final DSLContext dsl;

    public ContractRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Keeps what an event says of an agreement unless a higher version is already known: a repeated delivery rewrites
     * the same values, a late older one changes nothing.
     */
    public void record(String source, AgreementTerm term, int version) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.insertInto(RET_AGREEMENT).set(RET_AGREEMENT.SOURCE, source)
                    .set(RET_AGREEMENT.AGREEMENT_ID, term.agreementId()).set(RET_AGREEMENT.CUSTOMER_ID, term.customerId())
                    .set(RET_AGREEMENT.NAME, term.name()).set(RET_AGREEMENT.VALID_FROM, term.validFrom())
                    .set(RET_AGREEMENT.VALID_UNTIL, term.validUntil()).set(RET_AGREEMENT.CANCELLED_ON, term.cancelledOn())
                    .set(RET_AGREEMENT.VERSION, version).onDuplicateKeyIgnore().execute();
            tx.update(RET_AGREEMENT).set(RET_AGREEMENT.CUSTOMER_ID, term.customerId())
                    .set(RET_AGREEMENT.NAME, term.name()).set(RET_AGREEMENT.VALID_FROM, term.validFrom())
                    .set(RET_AGREEMENT.VALID_UNTIL, term.validUntil()).set(RET_AGREEMENT.CANCELLED_ON, term.cancelledOn())
                    .set(RET_AGREEMENT.VERSION, version)
                    .where(RET_AGREEMENT.SOURCE.eq(source), RET_AGREEMENT.AGREEMENT_ID.eq(term.agreementId()),
                            RET_AGREEMENT.VERSION.lt(version)).execute();
        });
    }

    /** One customer's agreements. */
    public List<AgreementTerm> forCustomer(long customerId) {
        return dsl.selectFrom(RET_AGREEMENT).where(RET_AGREEMENT.CUSTOMER_ID.eq(customerId))
                .orderBy(RET_AGREEMENT.AGREEMENT_ID).fetch(ContractRepository::term);
    }

    /** How many contract ends one customer has on {@code today}. */
    public int contractEnds(long customerId, LocalDate today) {
        return ContractEnds.counted(forCustomer(customerId), today).size();
    }

    /** The agreement to name as a churn reason per customer of {@code customerIds} on {@code today}, where any. */
    public Map<Long, AgreementTerm> notable(Collection<Long> customerIds, LocalDate today) {
        Map<Long, AgreementTerm> notable = new HashMap<>();
        if (!customerIds.isEmpty()) {
            byCustomer(RET_AGREEMENT.CUSTOMER_ID.in(customerIds)).forEach((customer, terms) ->
                    ContractEnds.notable(terms, today).ifPresent(term -> notable.put(customer, term)));
        }
        return notable;
    }

    /** One customer's agreement to name as a churn reason on {@code today}. */
    public Optional<AgreementTerm> notable(long customerId, LocalDate today) {
        return ContractEnds.notable(forCustomer(customerId), today);
    }

    /**
     * Contract ends per customer on {@code today}, for customers with any. Agreements that ended before the look-back
     * year can neither count nor renew one that counts, so they are not read.
     */
    public Map<Long, Integer> contractEnds(LocalDate today) {
        LocalDate since = today.minusDays(ContractEnds.LOOK_BACK_DAYS);
        Condition relevant = RET_AGREEMENT.VALID_UNTIL.isNull().or(RET_AGREEMENT.VALID_UNTIL.ge(since))
                .and(RET_AGREEMENT.CANCELLED_ON.isNull().or(RET_AGREEMENT.CANCELLED_ON.ge(since)));
        Map<Long, Integer> counts = new HashMap<>();
        byCustomer(relevant).forEach((customer, terms) -> {
            int count = ContractEnds.counted(terms, today).size();
            if (count > 0) {
                counts.put(customer, count);
            }
        });
        return counts;
    }

    private Map<Long, List<AgreementTerm>> byCustomer(Condition condition) {
        Map<Long, List<AgreementTerm>> terms = new HashMap<>();
        dsl.selectFrom(RET_AGREEMENT).where(condition).orderBy(RET_AGREEMENT.CUSTOMER_ID, RET_AGREEMENT.AGREEMENT_ID)
                .forEach(row -> terms.computeIfAbsent(row.getCustomerId(), id -> new ArrayList<>()).add(term(row)));
        return terms;
    }

    private static AgreementTerm term(RetAgreementRecord row) {
        return new AgreementTerm(row.getAgreementId(), row.getCustomerId(), row.getName(), row.getValidFrom(),
                row.getValidUntil(), row.getCancelledOn());
    }
}
