package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_FIRING;
import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;

import dev.rapport.plugin.upsell.opportunity.OpportunityDraft;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.Origin;
import dev.rapport.plugin.upsell.support.Refreshed;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ContactDetails;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.event.CustomerUpdated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.event.TransactionRecorded;
import dev.rapport.sdk.money.Money;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskPriority;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * Runs the active rules over one recorded transaction, as delivered (at least once) from the kernel's durable event
 * stream. Each rule's firing is keyed by (rule, event sequence) and written in the same transaction as its action:
 * a redelivered event finds the key taken and does nothing again, and a crash before the commit leaves neither, so
 * the redelivery acts once. Within a rule's cool-down a customer's further matches are recorded as COOLING only.
 */
public final class TriggerEngine {

    /** The plugin's own source name in the event stream. */
    static final String SELF = "upsell";

    private final PluginContext context;
    private final RuleService rules;
    private final OpportunityService opportunities;
    private final RuleMatcher matcher;
    private final Refreshed<Map<Long, String>> families;
    private final SeenTransactions seen;

    public TriggerEngine(PluginContext context, RuleService rules, OpportunityService opportunities) {
        this.context = context;
        this.rules = rules;
        this.opportunities = opportunities;
        this.matcher = new RuleMatcher(context.money());
        this.families = new Refreshed<>(this::readProductFamilies, Duration.ofSeconds(1));
        this.seen = new SeenTransactions(context);
    }

    /**
     * Remembers the transaction for rule tests and fires every active rule it matches; the sales the plugin recorded
     * itself (won opportunities) fire nothing, or a won opportunity could open the next one. The customer is read only
     * when a rule matches the transaction itself (most match none).
     */
    public void handle(TransactionRecorded event, long sequence) {
        if (event.customerId() == null) {
            return;
        }
        seen.add(event, sequence);
        Map<Long, String> families = productFamilies(event.productId());
        TransactionFacts facts = factsOf(event, null, families);
        List<TriggerRule> candidates = rules.active().stream().filter(rule -> matcher.matchesBeforeStage(rule, facts))
                .toList();
        if (candidates.isEmpty()
                || context.dsl().fetchExists(UPS_OPPORTUNITY, UPS_OPPORTUNITY.TRANSACTION_ID.eq(event.transactionId()))) {
            return;
        }
        Optional<CustomerInfo> customer = context.customers().find(event.customerId());
        if (customer.isEmpty()) {
            return;
        }
        TransactionFacts known = factsOf(event, customer.get().stage(), families);
        Money amount = new Money(event.amount(), event.currency());
        LastContact lastContact = lastContact(event.customerId(), event.occurredAt(), null);
        for (TriggerRule rule : candidates) {
            if (matcher.matches(rule, known) && matcher.quietEnough(rule, lastContact)) {
                fire(rule, sequence, customer.get(), amount);
            }
        }
    }

    /**
     * Fires the active rules a kernel event other than a transaction matches: a logged interaction or a change of the
     * customer's record.
     */
    public void handle(DomainEvent event, EventMetadata metadata) {
        if (event.customerId() == null) {
            return;
        }
        switch (event) {
            case InteractionLogged logged when logged.correctsId() == null -> fireMatching(new EventFacts(
                    TriggerEvent.INTERACTION, logged.channel(), Set.of(), metadata.type(), null), metadata.sequence(),
                    event.customerId(), logged.occurredAt(), logged.interactionId());
            case CustomerUpdated updated -> fireMatching(new EventFacts(TriggerEvent.CUSTOMER_UPDATED, null,
                    updated.changedFields(), metadata.type(), null), metadata.sequence(), event.customerId(),
                    metadata.publishedAt(), null);
            default -> {
                // corrections of interactions and other kernel events fire nothing
            }
        }
    }

    /**
     * Fires the active rules another plugin's event matches, read by its public type name. The plugin's own events
     * (opportunities won or lost) fire nothing: they are outcomes of firings, not reasons for new ones.
     */
    public void handle(EventPayload event, EventMetadata metadata) {
        if (SELF.equals(event.source())) {
            return;
        }
        event.customerId().ifPresent(customerId -> fireMatching(new EventFacts(TriggerEvent.PLUGIN_EVENT, null, Set.of(),
                event.type(), null), metadata.sequence(), customerId, metadata.publishedAt(), null));
    }

    /** Writes the transactions seen and not written yet: before a rule test reads them, and when the plugin stops. */
    public void flushSeen() {
        seen.flush();
    }

    /** The customer's last contact before {@code at}, read only if a rule asks. */
    LastContact lastContact(long customerId, Instant at, Long eventInteractionId) {
        return new LastContact(at, eventInteractionId,
                () -> context.interactions().recent(customerId, LastContact.LOOKED_AT));
    }

    /**
     * {@code facts} without the customer's stage: the customer is read, and the stage checked, only for the rules the
     * event matches otherwise.
     */
    private void fireMatching(EventFacts facts, long sequence, long customerId, Instant at, Long interactionId) {
        List<TriggerRule> candidates = rules.active().stream().filter(rule -> matcher.matchesBeforeStage(rule, facts))
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        Optional<CustomerInfo> customer = context.customers().find(customerId);
        if (customer.isEmpty()) {
            return;
        }
        EventFacts known = new EventFacts(facts.event(), facts.channel(), facts.changedFields(), facts.typeName(),
                customer.get().stage());
        LastContact lastContact = lastContact(customerId, at, interactionId);
        for (TriggerRule rule : candidates) {
            if (matcher.matches(rule, known) && matcher.quietEnough(rule, lastContact)) {
                fire(rule, sequence, customer.get(), null);
            }
        }
    }

    /** The facts a rule looks at for a transaction of a customer in {@code stage} (null: not read yet). */
    static TransactionFacts factsOf(TransactionRecorded event, LifecycleStage stage, Map<Long, String> families) {
        return new TransactionFacts(event.kind(), new Money(event.amount(), event.currency()),
                LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC),
                event.productId() == null ? null : families.get(event.productId()), stage);
    }

    /** The catalogue's product families by product id, read at most once a second. */
    Map<Long, String> productFamilies() {
        return families.get();
    }

    /** As {@link #productFamilies()}, read again at once when {@code productId} is not in it (a new product). */
    private Map<Long, String> productFamilies(Long productId) {
        Map<Long, String> known = families.get();
        if (productId == null || known.containsKey(productId)) {
            return known;
        }
        families.invalidate();
        return families.get();
    }

    private Map<Long, String> readProductFamilies() {
        return context.customers().products().stream().filter(product -> product.family() != null)
                .collect(Collectors.toMap(ProductInfo::id, ProductInfo::family, (a, b) -> a));
    }

    private void fire(TriggerRule rule, long sequence, CustomerInfo customer, Money amount) {
        Instant now = context.clock().instant();
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            boolean cooling = rule.cooldownDays() > 0 && tx.fetchExists(UPS_FIRING, UPS_FIRING.RULE_ID.eq(rule.id())
                    .and(UPS_FIRING.CUSTOMER_ID.eq(customer.id()))
                    .and(UPS_FIRING.OUTCOME.ne(FiringOutcome.COOLING.name()))
                    .and(UPS_FIRING.FIRED_AT.gt(now.minus(Duration.ofDays(rule.cooldownDays())))));
            int inserted = tx.insertInto(UPS_FIRING).set(UPS_FIRING.RULE_ID, rule.id())
                    .set(UPS_FIRING.EVENT_SEQ, sequence).set(UPS_FIRING.CUSTOMER_ID, customer.id())
                    .set(UPS_FIRING.FIRED_AT, now)
                    .set(UPS_FIRING.OUTCOME, (cooling ? FiringOutcome.COOLING : FiringOutcome.FIRED).name())
                    .onDuplicateKeyIgnore().execute();
            if (inserted == 0 || cooling) {
                return;
            }
            long firingId = tx.select(UPS_FIRING.ID).from(UPS_FIRING).where(UPS_FIRING.RULE_ID.eq(rule.id()))
                    .and(UPS_FIRING.EVENT_SEQ.eq(sequence)).fetchSingle(UPS_FIRING.ID);
            act(tx, rule, firingId, customer, amount);
        });
    }

    /** {@code amount}: the transaction's, which an opened opportunity starts from; null for other events. */
    private void act(DSLContext tx, TriggerRule rule, long firingId, CustomerInfo customer, Money amount) {
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        switch (rule.action()) {
            case TASK -> {
                Long assignee = rule.departmentId() == null ? customer.ownerId() : null;
                Long department = rule.departmentId() != null || assignee != null ? rule.departmentId()
                        : context.staff().departmentByCode("sales").map(d -> d.id()).orElse(null);
                long taskId = context.tasks().create(tx, new NewTask(rule.name() + ": " + customer.displayName(),
                        rule.script(), customer.id(), today.plusDays(rule.dueDays()), TaskPriority.HIGH, assignee,
                        department)).id();
                tx.update(UPS_FIRING).set(UPS_FIRING.TASK_ID, taskId).where(UPS_FIRING.ID.eq(firingId)).execute();
            }
            case OPPORTUNITY -> {
                Long owner = customer.ownerId() != null ? customer.ownerId()
                        : context.security().currentUser().map(user -> user.id()).orElse(null);
                if (owner == null) {
                    context.logger().warn("Rule {} cannot open an opportunity for customer {} without an owner",
                            rule.id(), customer.id());
                    return;
                }
                // Without a transaction the deal's value is unknown: the owner's first estimate is one unit.
                Money value = amount != null ? amount : new Money(BigDecimal.ONE, context.money().reportingCurrency());
                long opportunityId = opportunities.open(tx, new OpportunityDraft(rule.pipelineId(), customer.id(),
                        rule.name(), value.amount(), value.currency(), today.plusDays(Math.max(rule.dueDays(), 30)),
                        owner, null), Origin.RULE, firingId);
                tx.update(UPS_FIRING).set(UPS_FIRING.OPPORTUNITY_ID, opportunityId).where(UPS_FIRING.ID.eq(firingId))
                        .execute();
            }
            case TAG -> context.customerEditor().addContactDetails(tx, customer.id(),
                    new ContactDetails(null, null, Set.of(rule.tag()), null));
            default -> throw new IllegalStateException(rule.action().name());
        }
    }
}
