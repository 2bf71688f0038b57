package dev.rapport.plugin.upsell.demo;

import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;
import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY_HISTORY;

import dev.rapport.plugin.upsell.offer.OfferMiner;
import dev.rapport.plugin.upsell.offer.OfferService;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityDraft;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.Origin;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.opportunity.StageSpec;
import dev.rapport.plugin.upsell.trigger.RuleAction;
import dev.rapport.plugin.upsell.trigger.RuleDraft;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.FiringBatch;
import dev.rapport.plugin.upsell.trigger.TriggerEngine;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerQuery;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

/**
 * The demo's up-sell data, made once on the first start of a demo installation: the bank's rule (a deposit over
 * 10,000 in the reporting currency calls for the owner to talk about investments) and two more, run over the last
 * week of the kernel's demo transactions so their firings and tasks are there at once; a second pipeline;
 * opportunities of the demo customers owned by Sales, in every stage, some won and lost; and a first mining run.
 */
public final class UpsellDemoData {

    private static final Duration REPLAYED = Duration.ofDays(7);
    private static final String[] TITLES = {"Investment advisory", "Premium card upgrade", "Savings plan",
            "Support plan renewal", "Laptop refresh", "Business liability cover", "Analytics suite pilot"};

    private final PluginContext context;
    private final PipelineService pipelines;
    private final OpportunityService opportunities;
    private final RuleService rules;
    private final OfferMiner miner;
    private final OfferService offers;

    public UpsellDemoData(PluginContext context, PipelineService pipelines, OpportunityService opportunities,
                          RuleService rules, OfferMiner miner, OfferService offers) {
        this.context = context;
        this.pipelines = pipelines;
        this.opportunities = opportunities;
        this.rules = rules;
        this.miner = miner;
        this.offers = offers;
    }

    /**
     * Makes the demo data unless it was made before, on this or another node; a failure is logged and leaves the
     * plugin running (see {@link PluginContext#makeDemoDataOnce}).
     */
    public void generateOnFirstStart() {
        context.makeDemoDataOnce(this::generate);
    }

    private void generate() {
        Pipeline sales = pipelines.all().getFirst();
        Pipeline business = pipelines.save(null, "Business banking", List.of(new StageSpec(null, "Contacted", 15),
                new StageSpec(null, "Meeting held", 35), new StageSpec(null, "Offer sent", 65)));
        Long marketing = context.staff().departmentByCode("marketing").map(Department::id).orElse(null);
        String currency = context.money().reportingCurrency();
        rules.save(null, 0, new RuleDraft("Large deposit: talk about investments", true, TransactionKind.DEPOSIT,
                new BigDecimal("10000"), currency, null, null, RuleAction.TASK, null, 2,
                "Congratulate them on the deposit. Ask about their plans for the money and offer an appointment about "
                        + "the Global Equity Fund or a managed portfolio.", null, null, 30));
        rules.save(null, 0, new RuleDraft("Software bought: offer a support plan", true, TransactionKind.PURCHASE,
                null, null, "Software Licences", LifecycleStage.CUSTOMER, RuleAction.OPPORTUNITY, null, 14, null, null,
                business.id(), 90));
        rules.save(null, 0, new RuleDraft("Insurance taken: welcome campaign", true, TransactionKind.SUBSCRIPTION_START,
                null, null, "Insurance", null, marketing == null ? RuleAction.TAG : RuleAction.TASK, marketing, 7,
                "Send the welcome pack and invite them to the insurance newsletter.", "insured", null, 60));
        replayLastWeek();
        opportunities(sales, business);
        miner.run(() -> false, (done, total, message) -> { });
        offers.reload();
    }

    /** Runs the rules over the last week of demo transactions, as if they had just been recorded. */
    private void replayLastWeek() {
        TriggerEngine engine = new TriggerEngine(context, rules, opportunities);
        FiringBatch batch = new FiringBatch();
        Instant from = context.clock().instant().minus(REPLAYED);
        context.history().forEachTransaction(0, transaction -> {
            if (transaction.occurredAt().isAfter(from)) {
                // A negative sequence keeps the replay's firings apart from the event stream's.
                engine.gather(new dev.rapport.sdk.event.TransactionRecorded(transaction.customerId(), transaction.id(),
                        transaction.kind(), transaction.amount(), transaction.currency(), transaction.productId(),
                        transaction.occurredAt()), -transaction.id(), batch);
            }
        });
        engine.write(batch);
    }

    private void opportunities(Pipeline sales, Pipeline business) {
        List<UserInfo> staff = context.staff().departmentByCode("sales")
                .map(department -> context.staff().members(department.id())).orElse(List.of());
        List<CustomerInfo> customers = context.customers().list(CustomerQuery.ALL, null, 60).stream()
                .filter(customer -> customer.stage() != LifecycleStage.FORMER_CUSTOMER).toList();
        List<ProductInfo> products = context.customers().products().stream().filter(ProductInfo::active).toList();
        if (staff.isEmpty() || customers.isEmpty() || products.isEmpty()) {
            return;
        }
        Random random = new Random(17);
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        for (int index = 0; index < customers.size(); index++) {
            int i = index;
            CustomerInfo customer = customers.get(i);
            Pipeline pipeline = i % 3 == 2 ? business : sales;
            ProductInfo product = products.get(random.nextInt(products.size()));
            long owner = staff.get(i % staff.size()).id();
            BigDecimal amount = product.price().multiply(BigDecimal.valueOf(1 + random.nextInt(5)));
            long id = context.dsl().transactionResult(configuration -> opportunities.open(configuration.dsl(),
                    new OpportunityDraft(pipeline.id(), customer.id(), TITLES[i % TITLES.length] + ": " + product.name(),
                            amount, product.currency(), today.plusDays(random.nextInt(150) - 20), owner, product.id()),
                    Origin.MANUAL, null));
            int stage = random.nextInt(pipeline.stages().size());
            Opportunity opened = opportunities.require(id);
            if (stage > 0) {
                opened = opportunities.moveToStage(id, opened.version(), pipeline.stages().get(stage).id());
            }
            if (i % 6 == 0) {
                opportunities.win(id, opened.version(), "Customer signed");
            } else if (i % 6 == 3) {
                opportunities.lose(id, opened.version(), i % 12 == 3 ? "Chose a competitor" : "No budget this year");
            }
            backdate(id, 5 + random.nextInt(60));
        }
    }

    /** Moves an opportunity's opening (and its audit entries) back, so days to close and the forecast vary. */
    private void backdate(long opportunityId, int days) {
        Instant created = context.clock().instant().minus(Duration.ofDays(days));
        context.dsl().update(UPS_OPPORTUNITY).set(UPS_OPPORTUNITY.CREATED_AT, created)
                .where(UPS_OPPORTUNITY.ID.eq(opportunityId)).execute();
        context.dsl().update(UPS_OPPORTUNITY_HISTORY).set(UPS_OPPORTUNITY_HISTORY.AT, created)
                .where(UPS_OPPORTUNITY_HISTORY.OPPORTUNITY_ID.eq(opportunityId))
                .and(UPS_OPPORTUNITY_HISTORY.KIND.eq("CREATED")).execute();
    }
}
