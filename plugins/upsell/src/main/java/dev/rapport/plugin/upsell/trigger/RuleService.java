package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_FIRING;
import static dev.rapport.plugin.upsell.db.Tables.UPS_RULE;

import dev.rapport.plugin.upsell.UpsellPermissions;
import dev.rapport.plugin.upsell.db.tables.records.UpsRuleRecord;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.support.Currencies;
import dev.rapport.plugin.upsell.support.Refreshed;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Trigger rules: managers build them; a rule whose conditions could never match is refused on the field. */
public final class RuleService {

    static final int MAX_DUE_DAYS = 365;
    static final int MAX_COOLDOWN_DAYS = 3650;
    static final int MAX_DAYS_SINCE_CONTACT = 3650;
    /** How stale the active rules may be when another node (or a hand in the database) changed them. */
    static final Duration ACTIVE_READ_AGAIN = Duration.ofSeconds(1);

    /** A plugin event's public type name, as the kernel gives it: {@code <source>.<EventName>}. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}\\.[A-Z][A-Za-z0-9]{0,99}");

    private final PluginContext context;
    private final PipelineService pipelines;
    private volatile Runnable pluginEventTypesChanged = () -> { };
    private final Refreshed<List<TriggerRule>> active;

    public RuleService(PluginContext context, PipelineService pipelines) {
        this.context = context;
        this.pipelines = pipelines;
        this.active = new Refreshed<>(() -> context.dsl().selectFrom(UPS_RULE).where(UPS_RULE.ACTIVE.isTrue())
                .orderBy(UPS_RULE.ID).fetch(RuleService::toRule), ACTIVE_READ_AGAIN);
    }

    /** What to do once a saved rule may have changed the plugin event types the active rules wait for. */
    public void onPluginEventTypesChanged(Runnable action) {
        this.pluginEventTypesChanged = action;
    }

    /** The public type names of the other plugins' events that active rules wait for. */
    public Set<String> activePluginEventTypes() {
        return Set.copyOf(context.dsl().selectDistinct(UPS_RULE.PLUGIN_EVENT_TYPE).from(UPS_RULE)
                .where(UPS_RULE.ACTIVE.isTrue()).and(UPS_RULE.TRIGGER_EVENT.eq(TriggerEvent.PLUGIN_EVENT.name()))
                .and(UPS_RULE.PLUGIN_EVENT_TYPE.isNotNull()).fetch(UPS_RULE.PLUGIN_EVENT_TYPE).stream()
                .filter(type -> PUBLIC_TYPE.matcher(type).matches()).toList());
    }

    public List<TriggerRule> all() {
        return context.dsl().selectFrom(UPS_RULE).orderBy(UPS_RULE.NAME).fetch(RuleService::toRule);
    }

    /** The active rules, which every event asks for: read at most once a second, and again after a save here. */
    public List<TriggerRule> active() {
        return active.get();
    }

    public Optional<TriggerRule> find(long ruleId) {
        return context.dsl().selectFrom(UPS_RULE).where(UPS_RULE.ID.eq(ruleId)).fetchOptional(RuleService::toRule);
    }

    /** Creates ({@code ruleId} null) or changes a rule seen at {@code seenVersion}. */
    public TriggerRule save(Long ruleId, int seenVersion, RuleDraft draft) {
        context.security().requirePermission(UpsellPermissions.MANAGE_RULES, "configure trigger rules");
        ValidationException.throwIfAny(validate(ruleId, draft));
        Instant now = context.clock().instant();
        long id = context.dsl().transactionResult(configuration -> {
            var tx = configuration.dsl();
            UpsRuleRecord record;
            if (ruleId == null) {
                record = tx.newRecord(UPS_RULE);
                record.setCreatedAt(now);
                record.setVersion(0);
            } else {
                record = tx.selectFrom(UPS_RULE).where(UPS_RULE.ID.eq(ruleId)).forUpdate().fetchOptional()
                        .orElseThrow(() -> new NotFoundException("Trigger rule", ruleId));
                if (record.getVersion() != seenVersion) {
                    throw new ConcurrentEditException("Trigger rule", ruleId, record.getUpdatedAt(), "?");
                }
                record.setVersion(record.getVersion() + 1);
            }
            record.setName(draft.name().strip());
            record.setActive(draft.active());
            record.setTxnKind(draft.kind() == null ? null : draft.kind().name());
            record.setMinAmount(draft.minAmount());
            record.setMinCurrency(draft.minAmount() == null ? null : draft.minCurrency());
            record.setProductFamily(blankToNull(draft.productFamily()));
            record.setLifecycleStage(draft.stage() == null ? null : draft.stage().name());
            record.setMinDaysSinceContact(draft.minDaysSinceContact());
            record.setAction(draft.action().name());
            record.setDepartmentId(draft.action() == RuleAction.TASK ? draft.departmentId() : null);
            record.setDueDays(draft.dueDays());
            record.setScript(blankToNull(draft.script()));
            record.setTag(draft.action() == RuleAction.TAG ? draft.tag().strip() : null);
            record.setPipelineId(draft.action() == RuleAction.OPPORTUNITY ? draft.pipelineId() : null);
            record.setCooldownDays(draft.cooldownDays());
            EventCondition on = draft.on();
            record.setTriggerEvent(on.event().name());
            record.setChannel(on.event() == TriggerEvent.INTERACTION && on.channel() != null ? on.channel().name() : null);
            record.setChangedField(on.event() == TriggerEvent.CUSTOMER_UPDATED ? blankToNull(on.changedField()) : null);
            record.setPluginEventType(on.event() == TriggerEvent.PLUGIN_EVENT ? blankToNull(on.pluginEventType()) : null);
            record.setUpdatedAt(now);
            record.store();
            return record.getId();
        });
        active.invalidate();
        pluginEventTypesChanged.run();
        return find(id).orElseThrow();
    }

    /** Firings (acted), conversions (won) and revenue per rule id. */
    public Map<Long, RuleStats> stats() {
        Field<Integer> fired = DSL.count(DSL.when(UPS_FIRING.OUTCOME.ne(FiringOutcome.COOLING.name()), 1));
        Field<Integer> won = DSL.count(DSL.when(UPS_FIRING.OUTCOME.eq(FiringOutcome.WON.name()), 1));
        Field<BigDecimal> revenue = DSL.sum(UPS_FIRING.REVENUE_REP);
        Map<Long, RuleStats> stats = new HashMap<>();
        context.dsl().select(UPS_FIRING.RULE_ID, fired, won, revenue).from(UPS_FIRING).groupBy(UPS_FIRING.RULE_ID)
                .fetch().forEach(row -> stats.put(row.get(UPS_FIRING.RULE_ID), new RuleStats(row.get(fired),
                        row.get(won), row.get(revenue) == null ? BigDecimal.ZERO : row.get(revenue))));
        return stats;
    }

    List<FieldError> validate(Long ruleId, RuleDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        errors.addAll(nameErrors(ruleId, draft));
        errors.addAll(conditionAndActionErrors(draft));
        return errors;
    }

    private List<FieldError> nameErrors(Long ruleId, RuleDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.name() == null || draft.name().isBlank()) {
            errors.add(FieldError.of("name", "upsell.error.required"));
        } else if (draft.name().strip().length() > 120) {
            errors.add(FieldError.of("name", "upsell.error.tooLong", 120));
        } else if (context.dsl().fetchExists(UPS_RULE, UPS_RULE.NAME.eq(draft.name().strip())
                .and(ruleId == null ? DSL.trueCondition() : UPS_RULE.ID.ne(ruleId)))) {
            errors.add(FieldError.of("name", "upsell.rule.error.nameTaken"));
        }
        return errors;
    }

    /** What is wrong with the rule's conditions and action, its name aside (a rule test does not save). */
    List<FieldError> conditionAndActionErrors(RuleDraft draft) {
        List<FieldError> errors = new ArrayList<>(eventErrors(draft));
        if (draft.minAmount() != null) {
            if (draft.minAmount().signum() <= 0) {
                errors.add(FieldError.of("minAmount", "upsell.rule.error.minAmount"));
            }
            if (!Currencies.isKnown(draft.minCurrency())) {
                errors.add(FieldError.of("minCurrency", "upsell.error.currency"));
            }
        }
        String family = blankToNull(draft.productFamily());
        if (family != null && context.customers().products().stream().map(ProductInfo::family)
                .noneMatch(known -> family.equalsIgnoreCase(known))) {
            errors.add(FieldError.of("productFamily", "upsell.rule.error.neverMatches.family", family));
        }
        if (family != null && draft.kind() != null && draft.kind() != TransactionKind.PURCHASE
                && draft.kind() != TransactionKind.SUBSCRIPTION_START && draft.kind() != TransactionKind.REFUND
                && draft.kind() != TransactionKind.SUBSCRIPTION_END) {
            // Deposits and withdrawals carry no product in the kernel: a family condition could never hold.
            errors.add(FieldError.of("productFamily", "upsell.rule.error.neverMatches.kindFamily"));
        }
        if (draft.minDaysSinceContact() != null && (draft.minDaysSinceContact() < 1
                || draft.minDaysSinceContact() > MAX_DAYS_SINCE_CONTACT)) {
            errors.add(FieldError.of("minDaysSinceContact", "upsell.error.range", 1, MAX_DAYS_SINCE_CONTACT));
        }
        if (draft.stage() == LifecycleStage.PROSPECT && draft.kind() == TransactionKind.REFUND) {
            errors.add(FieldError.of("stage", "upsell.rule.error.neverMatches.prospectRefund"));
        }
        if (draft.action() == null) {
            errors.add(FieldError.of("action", "upsell.error.required"));
        } else {
            switch (draft.action()) {
                case TASK -> {
                    if (draft.departmentId() != null && context.staff().department(draft.departmentId()).isEmpty()) {
                        errors.add(FieldError.of("department", "upsell.rule.error.department"));
                    }
                }
                case OPPORTUNITY -> {
                    if (draft.pipelineId() == null || pipelines.find(draft.pipelineId()).isEmpty()) {
                        errors.add(FieldError.of("pipeline", "upsell.error.required"));
                    }
                }
                case TAG -> {
                    if (draft.tag() == null || draft.tag().isBlank()) {
                        errors.add(FieldError.of("tag", "upsell.error.required"));
                    } else if (draft.tag().strip().length() > 60) {
                        errors.add(FieldError.of("tag", "upsell.error.tooLong", 60));
                    }
                }
                default -> throw new IllegalStateException(draft.action().name());
            }
        }
        if (draft.dueDays() == null || draft.dueDays() < 0 || draft.dueDays() > MAX_DUE_DAYS) {
            errors.add(FieldError.of("dueDays", "upsell.error.range", 0, MAX_DUE_DAYS));
        }
        if (draft.cooldownDays() == null || draft.cooldownDays() < 0 || draft.cooldownDays() > MAX_COOLDOWN_DAYS) {
            errors.add(FieldError.of("cooldownDays", "upsell.error.range", 0, MAX_COOLDOWN_DAYS));
        }
        if (draft.script() != null && draft.script().length() > 4000) {
            errors.add(FieldError.of("script", "upsell.error.tooLong", 4000));
        }
        return errors;
    }

    /** The fields of the customer's record a CUSTOMER_UPDATED rule can wait for, as the kernel's event names them. */
    public static final List<String> WATCHED_FIELDS = List.of("stage", "ownerId", "tags", "marketingConsent", "emails",
            "phones", "addresses", "currency");

    /** A transaction's conditions on another event could never hold; each event's own condition must be readable. */
    private static List<FieldError> eventErrors(RuleDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        EventCondition on = draft.on();
        if (on.event() != TriggerEvent.TRANSACTION) {
            if (draft.kind() != null) {
                errors.add(FieldError.of("kind", "upsell.rule.error.neverMatches.notTransaction"));
            }
            if (draft.minAmount() != null) {
                errors.add(FieldError.of("minAmount", "upsell.rule.error.neverMatches.notTransaction"));
            }
            if (blankToNull(draft.productFamily()) != null) {
                errors.add(FieldError.of("productFamily", "upsell.rule.error.neverMatches.notTransaction"));
            }
        }
        if (on.event() == TriggerEvent.CUSTOMER_UPDATED && (on.changedField() == null
                || !WATCHED_FIELDS.contains(on.changedField()))) {
            errors.add(FieldError.of("changedField", "upsell.error.required"));
        }
        if (on.event() == TriggerEvent.PLUGIN_EVENT) {
            String type = blankToNull(on.pluginEventType());
            if (type == null) {
                errors.add(FieldError.of("pluginEventType", "upsell.error.required"));
            } else if (type.length() > 200) {
                errors.add(FieldError.of("pluginEventType", "upsell.error.tooLong", 200));
            } else if (!PUBLIC_TYPE.matcher(type).matches()) {
                errors.add(FieldError.of("pluginEventType", "upsell.rule.error.eventType"));
            } else if (type.startsWith(TriggerEngine.SELF + ".")) {
                // The plugin's own events are outcomes of firings; a rule on them would never fire.
                errors.add(FieldError.of("pluginEventType", "upsell.rule.error.neverMatches.ownEvent"));
            }
        }
        return errors;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static TriggerRule toRule(UpsRuleRecord r) {
        return new TriggerRule(r.getId(), r.getName(), r.getActive(),
                r.getTxnKind() == null ? null : TransactionKind.valueOf(r.getTxnKind()), r.getMinAmount(),
                r.getMinCurrency(), r.getProductFamily(),
                r.getLifecycleStage() == null ? null : LifecycleStage.valueOf(r.getLifecycleStage()),
                RuleAction.valueOf(r.getAction()), r.getDepartmentId(), r.getDueDays(), r.getScript(), r.getTag(),
                r.getPipelineId(), r.getCooldownDays(), r.getVersion(), new EventCondition(
                        TriggerEvent.valueOf(r.getTriggerEvent()), r.getChannel() == null ? null : Channel.valueOf(r.getChannel()),
                        r.getChangedField(), r.getPluginEventType()), r.getMinDaysSinceContact());
    }
}
