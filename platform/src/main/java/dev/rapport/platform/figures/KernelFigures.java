package dev.rapport.platform.figures;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.TASK;
import static dev.rapport.platform.internal.db.Tables.USER_DEPARTMENT;

import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.CurrencyConverter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The kernel's own figures of a department: what its members won, did and sold in a period. A department's
 * customers are those its members own; its interactions and tasks those its members recorded and completed.
 * Every count is an index range over the period (see changelog 010). A higher value is better for each.
 */
final class KernelFigures {

    /** A kernel figure's value in one period. */
    record Value(String labelKey, String unit, BigDecimal amount) {
    }

    static final String NEW_CUSTOMERS = "figures.newCustomers";
    static final String INTERACTIONS = "figures.interactions";
    static final String REVENUE = "figures.revenue";
    /** Revenue in every currency converted to the reporting currency and added up. */
    static final String REVENUE_TOTAL = "figures.revenueTotal";
    /** Revenue in a currency that could not be converted (no rate), left out of the total. */
    static final String REVENUE_UNCONVERTED = "figures.revenueUnconverted";
    static final String TASKS_COMPLETED = "figures.tasksCompleted";
    /** The order the figures are shown in. */
    static final List<String> ORDER = List.of(NEW_CUSTOMERS, INTERACTIONS, REVENUE, REVENUE_TOTAL, REVENUE_UNCONVERTED,
            TASKS_COMPLETED);

    private final DSLContext dsl;
    private final CurrencyConverter money;

    KernelFigures(DSLContext dsl, CurrencyConverter money) {
        this.dsl = dsl;
        this.money = money;
    }

    /** The figures between {@code from} (inclusive) and {@code to} for the members of a department, or everyone. */
    List<Value> compute(Optional<Long> departmentId, Instant from, Instant to) {
        List<Value> values = new ArrayList<>();
        values.add(count(NEW_CUSTOMERS, dsl.fetchCount(CUSTOMER, CUSTOMER.CREATED_AT.ge(from)
                .and(CUSTOMER.CREATED_AT.lt(to)).and(memberOf(CUSTOMER.OWNER_ID, departmentId)))));
        values.add(count(INTERACTIONS, dsl.fetchCount(INTERACTION, INTERACTION.OCCURRED_AT.ge(from)
                .and(INTERACTION.OCCURRED_AT.lt(to)).and(memberOf(INTERACTION.RECORDED_BY, departmentId)))));
        values.addAll(revenue(departmentId, from, to));
        values.add(count(TASKS_COMPLETED, dsl.fetchCount(TASK, TASK.COMPLETED_AT.ge(from)
                .and(TASK.COMPLETED_AT.lt(to)).and(memberOf(TASK.COMPLETED_BY, departmentId)))));
        return values;
    }

    /**
     * Purchases and subscription starts minus refunds of the department's customers: one amount per currency, the
     * total in the reporting currency (each day's sum converted at that day's rate, the day taken in UTC), and per
     * currency what could not be converted for want of a rate, which is left out of the total but never dropped.
     */
    private List<Value> revenue(Optional<Long> departmentId, Instant from, Instant to) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        Map<String, Map<LocalDate, BigDecimal>> byCurrencyAndDay = new TreeMap<>();
        Condition inPeriod = CUSTOMER_TRANSACTION.OCCURRED_AT.ge(from).and(CUSTOMER_TRANSACTION.OCCURRED_AT.lt(to));
        Condition ofDepartment = departmentId.isEmpty() ? DSL.noCondition()
                : CUSTOMER_TRANSACTION.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER)
                        .where(memberOf(CUSTOMER.OWNER_ID, departmentId)));
        Field<LocalDate> day = DSL.cast(CUSTOMER_TRANSACTION.OCCURRED_AT, SQLDataType.LOCALDATE);
        dsl.select(CUSTOMER_TRANSACTION.KIND, CUSTOMER_TRANSACTION.CURRENCY, day, DSL.sum(CUSTOMER_TRANSACTION.AMOUNT))
                .from(CUSTOMER_TRANSACTION)
                .where(inPeriod).and(ofDepartment)
                .groupBy(CUSTOMER_TRANSACTION.KIND, CUSTOMER_TRANSACTION.CURRENCY, day)
                .forEach(row -> {
                    int sign = TransactionKind.valueOf(row.value1()).revenueSign();
                    if (sign != 0) {
                        BigDecimal amount = row.value4().multiply(BigDecimal.valueOf(sign));
                        byCurrency.merge(row.value2(), amount, BigDecimal::add);
                        byCurrencyAndDay.computeIfAbsent(row.value2(), currency -> new TreeMap<>())
                                .merge(row.value3(), amount, BigDecimal::add);
                    }
                });
        List<Value> values = new ArrayList<>();
        byCurrency.forEach((currency, amount) -> values.add(new Value(REVENUE, currency, amount)));
        String reporting = money.reportingCurrency();
        BigDecimal total = BigDecimal.ZERO;
        Map<String, BigDecimal> unconverted = new TreeMap<>();
        for (var currency : byCurrencyAndDay.entrySet()) {
            for (var sum : currency.getValue().entrySet()) {
                if (money.convert(sum.getValue(), currency.getKey(), reporting, sum.getKey())
                        instanceof Conversion.Converted converted) {
                    total = total.add(converted.money().amount());
                } else {
                    unconverted.merge(currency.getKey(), sum.getValue(), BigDecimal::add);
                }
            }
        }
        values.add(new Value(REVENUE_TOTAL, reporting, total));
        unconverted.forEach((currency, amount) -> values.add(new Value(REVENUE_UNCONVERTED, currency, amount)));
        return values;
    }

    /** Revenue of the department's customers in the reporting currency (what could not be converted left out). */
    BigDecimal revenueTotal(Optional<Long> departmentId, Instant from, Instant to) {
        return revenue(departmentId, from, to).stream().filter(value -> value.labelKey().equals(REVENUE_TOTAL))
                .map(Value::amount).findFirst().orElse(BigDecimal.ZERO);
    }

    static Condition memberOf(Field<Long> user, Optional<Long> departmentId) {
        return departmentId.map(id -> user.in(DSL.select(USER_DEPARTMENT.USER_ID).from(USER_DEPARTMENT)
                .where(USER_DEPARTMENT.DEPARTMENT_ID.eq(id)))).orElse(DSL.noCondition());
    }

    private static Value count(String labelKey, int count) {
        return new Value(labelKey, "count", BigDecimal.valueOf(count));
    }
}
