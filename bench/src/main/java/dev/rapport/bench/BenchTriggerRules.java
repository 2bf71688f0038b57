package dev.rapport.bench;

import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.StageSpec;
import dev.rapport.plugin.upsell.trigger.EventCondition;
import dev.rapport.plugin.upsell.trigger.RuleAction;
import dev.rapport.plugin.upsell.trigger.RuleDraft;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.TriggerEvent;
import dev.rapport.plugin.upsell.trigger.TriggerRule;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.interaction.Channel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bench's 50 trigger rules of mixed kinds, as a bank's sales managers might set them up: deposit, purchase and
 * withdrawal amount thresholds (tasks and tags), purchases and subscriptions of each product family (opportunities in
 * a pipeline of their own, so the board's pipeline keeps its size, and tasks), logged contacts per channel (tasks,
 * some only after a quiet spell), changed tags, and thresholds for one lifecycle stage. Most match some of the
 * {@link RuleLagRun}'s events, so their actions run; a cool-down keeps a customer's repeats to a COOLING record. The
 * rules are saved once (by name) and switched on or off as a whole.
 */
final class BenchTriggerRules {

    static final int COUNT = 50;
    private static final String PREFIX = "Bench rule ";
    private static final String PIPELINE = "Bench rule opportunities";
    private static final int COOLDOWN_DAYS = 30;

    private final RuleService rules;
    private final PipelineService pipelines;
    private final List<String> families;
    private final String currency;

    BenchTriggerRules(RuleService rules, PipelineService pipelines, List<String> families, String currency) {
        this.rules = rules;
        this.pipelines = pipelines;
        this.families = families;
        this.currency = currency;
    }

    /** Saves the bench's rules (creating those missing) with {@code active}; other active rules are switched off. */
    void activate(boolean active) {
        Map<String, TriggerRule> saved = rules.all().stream()
                .collect(Collectors.toMap(TriggerRule::name, Function.identity()));
        List<RuleDraft> drafts = drafts(active);
        for (RuleDraft draft : drafts) {
            TriggerRule existing = saved.get(draft.name());
            if (existing == null || existing.active() != active) {
                rules.save(existing == null ? null : existing.id(), existing == null ? 0 : existing.version(), draft);
            }
        }
        for (TriggerRule other : saved.values()) {
            if (other.active() && !other.name().startsWith(PREFIX)) {
                rules.save(other.id(), other.version(), new RuleDraft(other.name(), false, other.kind(),
                        other.minAmount(), other.minCurrency(), other.productFamily(), other.stage(), other.action(),
                        other.departmentId(), other.dueDays(), other.script(), other.tag(), other.pipelineId(),
                        other.cooldownDays(), other.on(), other.minDaysSinceContact()));
            }
        }
    }

    private List<RuleDraft> drafts(boolean active) {
        long pipeline = pipeline();
        List<RuleDraft> drafts = new ArrayList<>();
        int[] deposits = {1000, 2000, 3000, 5000, 7500, 10_000, 15_000, 20_000, 30_000, 40_000};
        for (int amount : deposits) {
            drafts.add(task("deposit of " + amount, active, TransactionKind.DEPOSIT, amount, null, null,
                    EventCondition.TRANSACTIONS, null));
        }
        int[] purchases = {500, 1000, 2500, 5000, 10_000, 25_000};
        for (int amount : purchases) {
            drafts.add(new RuleDraft(PREFIX + "purchase of " + amount, active, TransactionKind.PURCHASE,
                    BigDecimal.valueOf(amount), currency, null, null, RuleAction.TAG, null, 0, null, "buyer-" + amount,
                    null, COOLDOWN_DAYS));
        }
        drafts.add(task("withdrawal of 5000", active, TransactionKind.WITHDRAWAL, 5000, null, null,
                EventCondition.TRANSACTIONS, null));
        drafts.add(task("withdrawal of 20000", active, TransactionKind.WITHDRAWAL, 20_000, null, null,
                EventCondition.TRANSACTIONS, null));
        for (String family : families.subList(0, Math.min(8, families.size()))) {
            drafts.add(new RuleDraft(PREFIX + "purchase in " + family, active, TransactionKind.PURCHASE, null, null,
                    family, null, RuleAction.OPPORTUNITY, null, 14, null, null, pipeline, 90));
            drafts.add(task("subscription in " + family, active, TransactionKind.SUBSCRIPTION_START, 0, family, null,
                    EventCondition.TRANSACTIONS, null));
        }
        for (Channel channel : Channel.values()) {
            drafts.add(task("contact by " + channel, active, null, 0, null, null,
                    new EventCondition(TriggerEvent.INTERACTION, channel, null, null), null));
        }
        drafts.add(task("phone call after a quiet month", active, null, 0, null, null,
                new EventCondition(TriggerEvent.INTERACTION, Channel.PHONE, null, null), 30));
        drafts.add(task("any contact after a quiet quarter", active, null, 0, null, null,
                new EventCondition(TriggerEvent.INTERACTION, null, null, null), 90));
        drafts.add(task("tags changed", active, null, 0, null, null,
                new EventCondition(TriggerEvent.CUSTOMER_UPDATED, null, "tags", null), null));
        for (int amount = 1000; drafts.size() < COUNT; amount += 1000) {
            drafts.add(task("prospect deposit of " + amount, active, TransactionKind.DEPOSIT, amount, null,
                    LifecycleStage.PROSPECT, EventCondition.TRANSACTIONS, null));
        }
        return drafts.subList(0, COUNT);
    }

    /** A task for the customer's owner; {@code minAmount} 0: no threshold. */
    private RuleDraft task(String name, boolean active, TransactionKind kind, int minAmount, String family,
                           LifecycleStage stage, EventCondition on, Integer minDaysSinceContact) {
        return new RuleDraft(PREFIX + name, active, kind, minAmount == 0 ? null : BigDecimal.valueOf(minAmount),
                minAmount == 0 ? null : currency, family, stage, RuleAction.TASK, null, 3,
                "Call the customer about it.", null, null, COOLDOWN_DAYS, on, minDaysSinceContact);
    }

    /** A pipeline of its own for the rules' opportunities. */
    private long pipeline() {
        return pipelines.all().stream().filter(one -> one.name().equals(PIPELINE)).findFirst().map(Pipeline::id)
                .orElseGet(() -> pipelines.save(null, PIPELINE, List.of(new StageSpec(null, "New", 10),
                        new StageSpec(null, "Talking", 40))).id());
    }
}
