package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;

import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.support.Refreshed;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.event.CustomerUpdated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.event.TransactionRecorded;
import dev.rapport.sdk.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs the active rules over the events delivered (at least once) from the kernel's durable event stream, a batch at a
 * time: while a batch is handed over it only matches the events against the rules in memory and gathers those some
 * rule may fire on ({@link FiringBatch}); at the end of the batch {@link #write} reads their customers once, checks
 * what needs the customer, and has the {@link FiringWriter} write all firings and actions in one transaction.
 */
public final class TriggerEngine {

    /** The plugin's own source name in the event stream. */
    static final String SELF = "upsell";

    /** Customers read at once, as {@code findAll} wants. */
    private static final int CUSTOMERS_PER_READ = 200;

    private final PluginContext context;
    private final RuleService rules;
    private final RuleMatcher matcher;
    private final FiringWriter writer;
    private final Refreshed<Map<Long, String>> families;
    private final SeenTransactions seen;

    public TriggerEngine(PluginContext context, RuleService rules, OpportunityService opportunities) {
        this.context = context;
        this.rules = rules;
        this.matcher = new RuleMatcher(context.money());
        this.writer = new FiringWriter(context, opportunities);
        this.families = new Refreshed<>(this::readProductFamilies, Duration.ofSeconds(1));
        this.seen = new SeenTransactions(context);
    }

    /**
     * Remembers the transaction for rule tests and gathers it into {@code batch} if an active rule may fire on it;
     * the sales the plugin recorded itself (won opportunities) fire nothing, or a won opportunity could open the next
     * one (checked in {@link #write}).
     */
    public void gather(TransactionRecorded event, long sequence, FiringBatch batch) {
        if (event.customerId() == null) {
            return;
        }
        seen.add(event, sequence);
        Map<Long, String> families = productFamilies(event.productId());
        TransactionFacts facts = factsOf(event, null, families);
        List<TriggerRule> candidates = rules.active().stream().filter(rule -> matcher.matchesBeforeStage(rule, facts))
                .toList();
        if (!candidates.isEmpty()) {
            batch.add(new FiringBatch.Pending(sequence, event.customerId(), event.occurredAt(), null,
                    new Money(event.amount(), event.currency()), event.transactionId(), candidates, stage -> {
                        TransactionFacts known = factsOf(event, stage, families);
                        return rule -> matcher.matches(rule, known);
                    }));
        }
    }

    /**
     * Gathers a kernel event other than a transaction that active rules may fire on: a logged interaction or a change
     * of the customer's record.
     */
    public void gather(DomainEvent event, EventMetadata metadata, FiringBatch batch) {
        if (event.customerId() == null) {
            return;
        }
        switch (event) {
            case InteractionLogged logged when logged.correctsId() == null -> gather(new EventFacts(
                    TriggerEvent.INTERACTION, logged.channel(), Set.of(), metadata.type(), null), metadata.sequence(),
                    event.customerId(), logged.occurredAt(), logged.interactionId(), batch);
            case CustomerUpdated updated -> gather(new EventFacts(TriggerEvent.CUSTOMER_UPDATED, null,
                    updated.changedFields(), metadata.type(), null), metadata.sequence(), event.customerId(),
                    metadata.publishedAt(), null, batch);
            default -> {
                // corrections of interactions and other kernel events fire nothing
            }
        }
    }

    /**
     * Gathers another plugin's event, read by its public type name, that active rules may fire on. The plugin's own
     * events (opportunities won or lost) fire nothing: they are outcomes of firings, not reasons for new ones.
     */
    public void gather(EventPayload event, EventMetadata metadata, FiringBatch batch) {
        if (SELF.equals(event.source())) {
            return;
        }
        event.customerId().ifPresent(customerId -> gather(new EventFacts(TriggerEvent.PLUGIN_EVENT, null, Set.of(),
                event.type(), null), metadata.sequence(), customerId, metadata.publishedAt(), null, batch));
    }

    /**
     * Fires the rules the gathered events match, all in one transaction, and empties {@code batch} (also when this
     * throws: the events then come again and are gathered anew).
     */
    public void write(FiringBatch batch) {
        try {
            List<FiringBatch.Pending> pending = batch.pending();
            if (!pending.isEmpty()) {
                writer.write(matches(pending));
            }
        } finally {
            batch.clear();
        }
    }

    /**
     * The rules that match the gathered events with their customers' stages and last contacts; the customers are read
     * once for all, and transactions that opened an opportunity themselves are left out.
     */
    private List<FiringWriter.Match> matches(List<FiringBatch.Pending> pending) {
        Map<Long, CustomerInfo> customers = customersOf(pending);
        List<Long> transactionIds = pending.stream().map(FiringBatch.Pending::transactionId).filter(Objects::nonNull)
                .distinct().toList();
        Set<Long> sales = transactionIds.isEmpty() ? Set.of() : new HashSet<>(context.dsl()
                .select(UPS_OPPORTUNITY.TRANSACTION_ID).from(UPS_OPPORTUNITY)
                .where(UPS_OPPORTUNITY.TRANSACTION_ID.in(transactionIds)).fetch(UPS_OPPORTUNITY.TRANSACTION_ID));
        List<FiringWriter.Match> matches = new ArrayList<>();
        for (FiringBatch.Pending event : pending) {
            CustomerInfo customer = customers.get(event.customerId());
            if (customer == null || event.transactionId() != null && sales.contains(event.transactionId())) {
                continue;
            }
            Predicate<TriggerRule> matchesNow = event.matchesAt().apply(customer.stage());
            LastContact lastContact = lastContact(event.customerId(), event.at(), event.interactionId());
            for (TriggerRule rule : event.candidates()) {
                if (matchesNow.test(rule) && matcher.quietEnough(rule, lastContact)) {
                    matches.add(new FiringWriter.Match(rule, event.sequence(), customer, event.amount()));
                }
            }
        }
        return matches;
    }

    private Map<Long, CustomerInfo> customersOf(List<FiringBatch.Pending> pending) {
        List<Long> ids = pending.stream().map(FiringBatch.Pending::customerId).distinct().toList();
        Map<Long, CustomerInfo> customers = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CUSTOMERS_PER_READ) {
            context.customers().findAll(ids.subList(from, Math.min(ids.size(), from + CUSTOMERS_PER_READ)))
                    .forEach(customer -> customers.put(customer.id(), customer));
        }
        return customers;
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

    /** Gathers an event that is not a transaction if an active rule may fire on it; its stage is checked later. */
    private void gather(EventFacts facts, long sequence, long customerId, Instant at, Long interactionId,
                        FiringBatch batch) {
        List<TriggerRule> candidates = rules.active().stream().filter(rule -> matcher.matchesBeforeStage(rule, facts))
                .toList();
        if (!candidates.isEmpty()) {
            batch.add(new FiringBatch.Pending(sequence, customerId, at, interactionId, null, null, candidates,
                    stage -> {
                        EventFacts known = new EventFacts(facts.event(), facts.channel(), facts.changedFields(),
                                facts.typeName(), stage);
                        return rule -> matcher.matches(rule, known);
                    }));
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
}
