package dev.rapport.plugin.acquisition.assignment;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_ASSIGNMENT_RULE;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_ROUND_ROBIN;

import dev.rapport.plugin.acquisition.db.tables.records.AcqAssignmentRuleRecord;
import dev.rapport.plugin.acquisition.support.Times;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Assignment rules and the round-robin positions of department queues. Works in the caller's transaction. */
public final class AssignmentRuleRepository {

    private final DSLContext db;

    public AssignmentRuleRepository(DSLContext db) {
        this.db = db;
    }

    public List<AssignmentRule> all() {
        return db.selectFrom(ACQ_ASSIGNMENT_RULE).orderBy(ACQ_ASSIGNMENT_RULE.POSITION, ACQ_ASSIGNMENT_RULE.ID)
                .fetch(AssignmentRuleRepository::toRule);
    }

    public long insert(AssignmentRule rule, Instant now) {
        int position = db.select(DSL.coalesce(DSL.max(ACQ_ASSIGNMENT_RULE.POSITION), 0)).from(ACQ_ASSIGNMENT_RULE)
                .fetchSingle().value1() + 1;
        AcqAssignmentRuleRecord record = db.newRecord(ACQ_ASSIGNMENT_RULE);
        copy(rule, record);
        record.setPosition(position);
        record.setCreatedAt(Times.stored(now));
        record.store();
        return record.getId();
    }

    public boolean update(AssignmentRule rule) {
        AcqAssignmentRuleRecord values = db.newRecord(ACQ_ASSIGNMENT_RULE);
        copy(rule, values);
        return db.update(ACQ_ASSIGNMENT_RULE).set(values).where(ACQ_ASSIGNMENT_RULE.ID.eq(rule.id())).execute() == 1;
    }

    /** Swaps the rule's position with its neighbour's ({@code -1} up, {@code +1} down). */
    public void move(long ruleId, int direction) {
        List<AssignmentRule> rules = all();
        int index = -1;
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id() == ruleId) {
                index = i;
            }
        }
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= rules.size()) {
            return;
        }
        // Renumber densely first, so two rules never share a position.
        for (int i = 0; i < rules.size(); i++) {
            int position = i == index ? other + 1 : i == other ? index + 1 : i + 1;
            db.update(ACQ_ASSIGNMENT_RULE).set(ACQ_ASSIGNMENT_RULE.POSITION, position)
                    .where(ACQ_ASSIGNMENT_RULE.ID.eq(rules.get(i).id())).execute();
        }
    }

    public boolean delete(long id) {
        return db.deleteFrom(ACQ_ASSIGNMENT_RULE).where(ACQ_ASSIGNMENT_RULE.ID.eq(id)).execute() == 1;
    }

    /** The member of the department who got the last lead, locked until the transaction ends. */
    public Optional<Long> lockLastAssignee(long departmentId) {
        db.insertInto(ACQ_ROUND_ROBIN).set(ACQ_ROUND_ROBIN.DEPARTMENT_ID, departmentId)
                .set(ACQ_ROUND_ROBIN.LAST_USER_ID, 0L).onDuplicateKeyIgnore().execute();
        return db.select(ACQ_ROUND_ROBIN.LAST_USER_ID).from(ACQ_ROUND_ROBIN)
                .where(ACQ_ROUND_ROBIN.DEPARTMENT_ID.eq(departmentId)).forUpdate()
                .fetchOptional(ACQ_ROUND_ROBIN.LAST_USER_ID).filter(id -> id != 0L);
    }

    public void setLastAssignee(long departmentId, long userId) {
        db.update(ACQ_ROUND_ROBIN).set(ACQ_ROUND_ROBIN.LAST_USER_ID, userId)
                .where(ACQ_ROUND_ROBIN.DEPARTMENT_ID.eq(departmentId)).execute();
    }

    private static void copy(AssignmentRule rule, AcqAssignmentRuleRecord record) {
        record.setKind(rule.kind().name());
        record.setCountryCodes(rule.kind() == AssignmentKind.TERRITORY ? String.join(", ", rule.countries().stream()
                .sorted().toList()) : null);
        record.setProductId(rule.kind() == AssignmentKind.PRODUCT_INTEREST ? rule.productId() : null);
        record.setUserId(rule.userId());
        record.setDepartmentId(rule.departmentId());
        record.setActive(rule.active());
    }

    private static AssignmentRule toRule(AcqAssignmentRuleRecord r) {
        return new AssignmentRule(r.getId(), r.getPosition(), AssignmentKind.valueOf(r.getKind()), r.getCountryCodes(),
                r.getProductId(), r.getUserId(), r.getDepartmentId(), Boolean.TRUE.equals(r.getActive()));
    }
}
