package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_SEEN_TRANSACTION;

import dev.rapport.plugin.upsell.UpsellPermissions;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.event.TransactionRecorded;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Test the rule": which transactions of the last 30 days (from the plugin's own record of what it saw) a draft rule
 * would have fired on, and for whom, honouring its cool-down, so a manager sees the volume before switching it on.
 */
public final class RuleTester {

    /** One transaction the rule would have acted on. */
    public record WouldFire(long customerId, String customerName, TransactionKind kind, java.math.BigDecimal amount,
                            String currency, Instant occurredAt) {
    }

    /** What the test found: the firings (at most {@code shown} of them listed) and how many matches cooled down. */
    public record Result(int fired, int cooling, List<WouldFire> shown) {
    }

    static final Duration WINDOW = Duration.ofDays(30);
    private static final int SCANNED = 50_000;

    private final PluginContext context;
    private final RuleService rules;
    private final TriggerEngine engine;

    public RuleTester(PluginContext context, RuleService rules, TriggerEngine engine) {
        this.context = context;
        this.rules = rules;
        this.engine = engine;
    }

    public Result test(RuleDraft draft, int shown) {
        context.security().requirePermission(UpsellPermissions.MANAGE_RULES, "test trigger rules");
        dev.rapport.sdk.error.ValidationException.throwIfAny(rules.conditionAndActionErrors(draft));
        if (draft.on().event() != TriggerEvent.TRANSACTION) {
            // Only transactions are kept for replay; an empty result for other events would mislead.
            throw new dev.rapport.sdk.error.ValidationException(List.of(dev.rapport.sdk.error.FieldError.of("event",
                    "upsell.rule.error.testTransactionsOnly")));
        }
        TriggerRule rule = new TriggerRule(0, draft.name(), true, draft.kind(), draft.minAmount(), draft.minCurrency(),
                draft.productFamily() == null || draft.productFamily().isBlank() ? null : draft.productFamily().strip(),
                draft.stage(), draft.action(), draft.departmentId(), draft.dueDays(), draft.script(), draft.tag(),
                draft.pipelineId(), draft.cooldownDays(), 0, EventCondition.TRANSACTIONS, draft.minDaysSinceContact());
        RuleMatcher matcher = new RuleMatcher(context.money());
        engine.flushSeen(); // the transactions of the last moments too
        Map<Long, String> families = engine.productFamilies();
        Map<Long, Optional<CustomerInfo>> customers = new HashMap<>();
        Map<Long, Instant> lastFired = new HashMap<>();
        Instant from = context.clock().instant().minus(WINDOW);
        int fired = 0;
        int cooling = 0;
        List<WouldFire> listed = new ArrayList<>();
        var rows = context.dsl().selectFrom(UPS_SEEN_TRANSACTION).where(UPS_SEEN_TRANSACTION.OCCURRED_AT.ge(from))
                .orderBy(UPS_SEEN_TRANSACTION.OCCURRED_AT).limit(SCANNED).fetch();
        for (var row : rows) {
            Optional<CustomerInfo> customer = customers.computeIfAbsent(row.getCustomerId(), context.customers()::find);
            if (customer.isEmpty()) {
                continue;
            }
            TransactionRecorded event = new TransactionRecorded(row.getCustomerId(), row.getTransactionId(),
                    TransactionKind.valueOf(row.getKind()), row.getAmount(), row.getCurrency(), row.getProductId(),
                    row.getOccurredAt());
            if (!matcher.matches(rule, TriggerEngine.factsOf(event, customer.get().stage(), families)) || !matcher.quietEnough(rule,
                    engine.lastContact(row.getCustomerId(), row.getOccurredAt(), null))) {
                continue;
            }
            Instant last = lastFired.get(row.getCustomerId());
            if (last != null && rule.cooldownDays() > 0
                    && row.getOccurredAt().isBefore(last.plus(Duration.ofDays(rule.cooldownDays())))) {
                cooling++;
                continue;
            }
            lastFired.put(row.getCustomerId(), row.getOccurredAt());
            fired++;
            if (listed.size() < shown) {
                listed.add(new WouldFire(row.getCustomerId(), customer.get().displayName(), event.kind(), event.amount(),
                        event.currency(), event.occurredAt()));
            }
        }
        return new Result(fired, cooling, listed);
    }
}
