package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_FIRING;

import dev.rapport.plugin.upsell.opportunity.OpportunityDraft;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.Origin;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ContactDetails;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.money.Money;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Row2;
import org.jooq.impl.DSL;

/**
 * Writes the firings of one batch of events in one transaction with their actions. Each firing is keyed by (rule,
 * event sequence): a redelivered event finds its key taken and does nothing again, and a crash before the commit
 * leaves neither firing nor action, so the redelivery acts once. Within a rule's cool-down a customer's further matches
 * (earlier ones or earlier in the same batch) are recorded as COOLING only.
 */
final class FiringWriter {

    /** A rule that matched an event of a customer; {@code amount}: the transaction's, null for other events. */
    record Match(TriggerRule rule, long sequence, CustomerInfo customer, Money amount) {
    }

    private record Key(long ruleId, long sequence) {
    }

    private record RuleCustomer(long ruleId, long customerId) {
    }

    private final PluginContext context;
    private final OpportunityService opportunities;

    FiringWriter(PluginContext context, OpportunityService opportunities) {
        this.context = context;
        this.opportunities = opportunities;
    }

    void write(List<Match> matches) {
        Map<Key, Match> byKey = new LinkedHashMap<>();
        matches.forEach(match -> byKey.putIfAbsent(new Key(match.rule().id(), match.sequence()), match));
        if (byKey.isEmpty()) {
            return;
        }
        Instant now = context.clock().instant();
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            existingKeys(tx, byKey.keySet()).forEach(byKey::remove);
            if (byKey.isEmpty()) {
                return;
            }
            Set<Key> fired = insert(tx, byKey, now);
            act(tx, byKey, fired);
        });
    }

    /** Inserts the firings, FIRED or COOLING; returns the keys of those FIRED. */
    private Set<Key> insert(DSLContext tx, Map<Key, Match> byKey, Instant now) {
        Set<RuleCustomer> cooling = recentlyFired(tx, byKey.values(), now);
        Set<Key> fired = new HashSet<>();
        var insert = tx.insertInto(UPS_FIRING, UPS_FIRING.RULE_ID,
                UPS_FIRING.EVENT_SEQ, UPS_FIRING.CUSTOMER_ID, UPS_FIRING.FIRED_AT, UPS_FIRING.OUTCOME);
        for (Map.Entry<Key, Match> entry : byKey.entrySet()) {
            Match match = entry.getValue();
            RuleCustomer pair = new RuleCustomer(match.rule().id(), match.customer().id());
            boolean cools = cooling.contains(pair);
            if (!cools) {
                fired.add(entry.getKey());
                if (match.rule().cooldownDays() > 0) {
                    cooling.add(pair); // a second match in this batch falls into the cool-down just started
                }
            }
            insert = insert.values(pair.ruleId(), match.sequence(), pair.customerId(), now,
                    (cools ? FiringOutcome.COOLING : FiringOutcome.FIRED).name());
        }
        insert.onDuplicateKeyIgnore().execute();
        return fired;
    }

    /** The (rule, customer) pairs among {@code matches} fired (not only cooling) within the rule's cool-down. */
    private Set<RuleCustomer> recentlyFired(DSLContext tx, Iterable<Match> matches, Instant now) {
        Map<RuleCustomer, Integer> cooldowns = new HashMap<>();
        for (Match match : matches) {
            if (match.rule().cooldownDays() > 0) {
                cooldowns.put(new RuleCustomer(match.rule().id(), match.customer().id()), match.rule().cooldownDays());
            }
        }
        Set<RuleCustomer> recent = new HashSet<>();
        if (cooldowns.isEmpty()) {
            return recent;
        }
        List<Row2<Long, Long>> pairs = cooldowns.keySet().stream()
                .map(pair -> DSL.row(pair.ruleId(), pair.customerId())).toList();
        tx.select(UPS_FIRING.RULE_ID, UPS_FIRING.CUSTOMER_ID, DSL.max(UPS_FIRING.FIRED_AT)).from(UPS_FIRING)
                .where(DSL.row(UPS_FIRING.RULE_ID, UPS_FIRING.CUSTOMER_ID).in(pairs))
                .and(UPS_FIRING.OUTCOME.ne(FiringOutcome.COOLING.name()))
                .groupBy(UPS_FIRING.RULE_ID, UPS_FIRING.CUSTOMER_ID)
                .forEach(row -> {
                    RuleCustomer pair = new RuleCustomer(row.value1(), row.value2());
                    if (row.value3().isAfter(now.minus(Duration.ofDays(cooldowns.get(pair))))) {
                        recent.add(pair);
                    }
                });
        return recent;
    }

    private static List<Key> existingKeys(DSLContext tx, Set<Key> keys) {
        return tx.select(UPS_FIRING.RULE_ID, UPS_FIRING.EVENT_SEQ).from(UPS_FIRING)
                .where(DSL.row(UPS_FIRING.RULE_ID, UPS_FIRING.EVENT_SEQ).in(rowsOf(keys)))
                .fetch(row -> new Key(row.value1(), row.value2()));
    }

    private static List<Row2<Long, Long>> rowsOf(Set<Key> keys) {
        return keys.stream().map(key -> DSL.row(key.ruleId(), key.sequence())).toList();
    }

    /** Runs the actions of the firings just FIRED: their tasks created together, the rest one by one. */
    private void act(DSLContext tx, Map<Key, Match> byKey, Set<Key> fired) {
        if (fired.isEmpty()) {
            return;
        }
        Map<Key, Long> firingIds = new HashMap<>();
        tx.select(UPS_FIRING.ID, UPS_FIRING.RULE_ID, UPS_FIRING.EVENT_SEQ).from(UPS_FIRING)
                .where(DSL.row(UPS_FIRING.RULE_ID, UPS_FIRING.EVENT_SEQ).in(rowsOf(fired)))
                .forEach(row -> firingIds.put(new Key(row.value2(), row.value3()), row.value1()));
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        List<Long> taskFirings = new ArrayList<>();
        List<NewTask> tasks = new ArrayList<>();
        for (Key key : byKey.keySet()) {
            if (!fired.contains(key)) {
                continue;
            }
            Match match = byKey.get(key);
            long firingId = firingIds.get(key);
            switch (match.rule().action()) {
                case TASK -> {
                    taskFirings.add(firingId);
                    tasks.add(taskOf(match.rule(), match.customer(), today));
                }
                case OPPORTUNITY -> openOpportunity(tx, match, firingId, today);
                case TAG -> context.customerEditor().addContactDetails(tx, match.customer().id(),
                        new ContactDetails(null, null, Set.of(match.rule().tag()), null));
                default -> throw new IllegalStateException(match.rule().action().name());
            }
        }
        if (tasks.isEmpty()) {
            return;
        }
        List<TaskInfo> created = context.tasks().createAll(tx, tasks);
        List<Query> links = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            links.add(tx.update(UPS_FIRING).set(UPS_FIRING.TASK_ID, created.get(i).id())
                    .where(UPS_FIRING.ID.eq(taskFirings.get(i))));
        }
        tx.batch(links).execute();
    }

    private NewTask taskOf(TriggerRule rule, CustomerInfo customer, LocalDate today) {
        Long assignee = rule.departmentId() == null ? customer.ownerId() : null;
        Long department = rule.departmentId() != null || assignee != null ? rule.departmentId()
                : context.staff().departmentByCode("sales").map(d -> d.id()).orElse(null);
        return new NewTask(rule.name() + ": " + customer.displayName(), rule.script(), customer.id(),
                today.plusDays(rule.dueDays()), TaskPriority.HIGH, assignee, department);
    }

    private void openOpportunity(DSLContext tx, Match match, long firingId, LocalDate today) {
        TriggerRule rule = match.rule();
        CustomerInfo customer = match.customer();
        Long owner = customer.ownerId() != null ? customer.ownerId()
                : context.security().currentUser().map(user -> user.id()).orElse(null);
        if (owner == null) {
            context.logger().warn("Rule {} cannot open an opportunity for customer {} without an owner",
                    rule.id(), customer.id());
            return;
        }
        // Without a transaction the deal's value is unknown: the owner's first estimate is one unit.
        Money value = match.amount() != null ? match.amount()
                : new Money(BigDecimal.ONE, context.money().reportingCurrency());
        long opportunityId = opportunities.open(tx, new OpportunityDraft(rule.pipelineId(), customer.id(),
                rule.name(), value.amount(), value.currency(), today.plusDays(Math.max(rule.dueDays(), 30)),
                owner, null), Origin.RULE, firingId);
        tx.update(UPS_FIRING).set(UPS_FIRING.OPPORTUNITY_ID, opportunityId).where(UPS_FIRING.ID.eq(firingId))
                .execute();
    }
}
