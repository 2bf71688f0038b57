package dev.rapport.plugin.upsell.offer;

import static dev.rapport.plugin.upsell.db.Tables.UPS_ASSOC_RULE;
import static dev.rapport.plugin.upsell.db.Tables.UPS_DECLINED_OFFER;
import static dev.rapport.plugin.upsell.db.Tables.UPS_MINING_RUN;

import dev.rapport.plugin.upsell.offer.mining.AssociationRule;
import dev.rapport.plugin.upsell.opportunity.OpportunityDraft;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.Origin;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.support.Refreshed;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A customer's next-best offers from the last mining run's rules and their holdings (read fresh, so a purchase
 * changes the offers at once); accepting one opens an opportunity, declining rests it for the configured days.
 */
public final class OfferService {

    static final int OPPORTUNITY_DAYS = 30;

    private final PluginContext context;
    private final PurchaseHistory history;
    private final UpsellSettings settings;
    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final Refreshed<List<ProductInfo>> catalogue;
    private volatile OfferRanker ranker;

    public OfferService(PluginContext context, PurchaseHistory history, UpsellSettings settings,
                        PipelineService pipelines, OpportunityService opportunities) {
        this.context = context;
        this.history = history;
        this.settings = settings;
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.catalogue = new Refreshed<>(() -> context.customers().products(), Duration.ofSeconds(1));
    }

    /** Reads the stored rules again (after a mining run). */
    public void reload() {
        List<AssociationRule> rules = context.dsl().selectFrom(UPS_ASSOC_RULE).fetch(r -> new AssociationRule(
                Arrays.stream(r.getAntecedent().split(",")).map(Integer::valueOf).toList(),
                Math.toIntExact(r.getConsequent()), r.getSupportCount(), r.getSupport(), r.getConfidence(), r.getLift()));
        ranker = new OfferRanker(rules, context.customers().products());
    }

    private OfferRanker ranker() {
        OfferRanker current = ranker;
        if (current == null) {
            reload();
            current = ranker;
        }
        return current;
    }

    /** The customer's top {@code limit} offers. */
    public List<Offer> offers(long customerId, int limit) {
        return ranker().rank(history.of(customerId), declined(customerId), limit);
    }

    /** When the rules were last mined, if ever, with how many customers and rules. */
    public Optional<OfferMiner.Result> lastRun() {
        return context.dsl().selectFrom(UPS_MINING_RUN).orderBy(UPS_MINING_RUN.ID.desc()).limit(1)
                .fetchOptional(r -> new OfferMiner.Result(r.getCustomers(), r.getRules(), r.getMillis()));
    }

    /** Opens an opportunity for the offer in the first pipeline, owned by the customer's owner or the acting user. */
    public long accept(long customerId, long productId) {
        context.security().requireRole(Role.AGENT, "accept offers");
        CustomerInfo customer = context.customers().find(customerId)
                .orElseThrow(() -> new NotFoundException("Customer", customerId));
        ProductInfo product = product(productId);
        long pipeline = pipelines.all().stream().findFirst().orElseThrow(() -> new NotFoundException("Pipeline", 0)).id();
        Long owner = customer.ownerId() != null ? customer.ownerId()
                : context.security().currentUser().map(UserInfo::id).orElse(null);
        LocalDate close = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC).plusDays(OPPORTUNITY_DAYS);
        return context.dsl().transactionResult(configuration -> opportunities.open(configuration.dsl(),
                new OpportunityDraft(pipeline, customerId, product.name(), product.price(), product.currency(), close,
                        owner, productId), Origin.OFFER, null));
    }

    /** Remembers that the customer declined the product: it is not offered again for the configured days. */
    public void decline(long customerId, long productId) {
        context.security().requireRole(Role.AGENT, "decline offers");
        product(productId);
        Instant now = context.clock().instant();
        Instant until = now.plus(Duration.ofDays(settings.declineDays()));
        String actor = context.security().currentUser().map(UserInfo::displayName).orElse("plugin:" + context.pluginId());
        context.dsl().insertInto(UPS_DECLINED_OFFER).set(UPS_DECLINED_OFFER.CUSTOMER_ID, customerId)
                .set(UPS_DECLINED_OFFER.PRODUCT_ID, productId).set(UPS_DECLINED_OFFER.DECLINED_AT, now)
                .set(UPS_DECLINED_OFFER.UNTIL_AT, until).set(UPS_DECLINED_OFFER.ACTOR, actor)
                .onDuplicateKeyUpdate().set(UPS_DECLINED_OFFER.DECLINED_AT, now).set(UPS_DECLINED_OFFER.UNTIL_AT, until)
                .set(UPS_DECLINED_OFFER.ACTOR, actor).execute();
    }

    /** A product of the catalogue, which the Offers tab asks for each offer shown: read at most once a second. */
    public ProductInfo product(long productId) {
        Optional<ProductInfo> found = inCatalogue(productId);
        if (found.isEmpty()) {
            catalogue.invalidate(); // a product added since the last read
            found = inCatalogue(productId);
        }
        return found.orElseThrow(() -> new NotFoundException("Product", productId));
    }

    private Optional<ProductInfo> inCatalogue(long productId) {
        return catalogue.get().stream().filter(product -> product.id() == productId).findFirst();
    }

    private Set<Long> declined(long customerId) {
        return new HashSet<>(context.dsl().select(UPS_DECLINED_OFFER.PRODUCT_ID).from(UPS_DECLINED_OFFER)
                .where(UPS_DECLINED_OFFER.CUSTOMER_ID.eq(customerId))
                .and(UPS_DECLINED_OFFER.UNTIL_AT.gt(context.clock().instant())).fetch(UPS_DECLINED_OFFER.PRODUCT_ID));
    }
}
