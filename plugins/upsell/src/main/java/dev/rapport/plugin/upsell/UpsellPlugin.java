package dev.rapport.plugin.upsell;

import dev.rapport.plugin.upsell.demo.UpsellDemoData;
import dev.rapport.plugin.upsell.metric.UpsellFigures;
import dev.rapport.plugin.upsell.offer.OfferMiner;
import dev.rapport.plugin.upsell.offer.OfferService;
import dev.rapport.plugin.upsell.offer.PurchaseHistory;
import dev.rapport.plugin.upsell.offer.UpsellSettings;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.trigger.FiringLog;
import dev.rapport.plugin.upsell.trigger.PluginEventTriggers;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.RuleTester;
import dev.rapport.plugin.upsell.trigger.TriggerEngine;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;

/**
 * The cross-sell and up-sell plugin: trigger rules that turn what happens to a customer into tracked sales actions,
 * next-best offers mined from all customers' purchases, and an opportunity pipeline with a board and a forecast.
 * Wires its services and offers them to its views and extensions; on its first start it sets up a standard pipeline
 * (and, in a demo installation, rules, opportunities and mined offers).
 */
public final class UpsellPlugin extends RapportPlugin {

    /** Kept to write the transactions it saw and did not write yet when the plugin stops. */
    private volatile TriggerEngine engine;

    public UpsellPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        PluginContext context = context();
        UpsellSettings settings = new UpsellSettings(context.settings());
        PipelineService pipelines = new PipelineService(context);
        OpportunityService opportunities = new OpportunityService(context, pipelines);
        RuleService rules = new RuleService(context, pipelines);
        engine = new TriggerEngine(context, rules, opportunities);
        // Matched by its class: the instance PF4J made for the extension is told as well.
        PluginEventTriggers pluginEvents = new PluginEventTriggers(rules, engine);
        rules.onPluginEventTypesChanged(() -> context.events().typesChanged(pluginEvents));
        PurchaseHistory history = new PurchaseHistory(context);
        OfferMiner miner = new OfferMiner(context, history, settings);
        OfferService offers = new OfferService(context, history, settings, pipelines, opportunities);
        context.provide(UpsellSettings.class, settings);
        context.provide(PipelineService.class, pipelines);
        context.provide(OpportunityService.class, opportunities);
        context.provide(OpportunityQueries.class, new OpportunityQueries(context, pipelines));
        context.provide(RuleService.class, rules);
        context.provide(TriggerEngine.class, engine);
        context.provide(RuleTester.class, new RuleTester(context, rules, engine));
        context.provide(FiringLog.class, new FiringLog(context));
        context.provide(PurchaseHistory.class, history);
        context.provide(OfferMiner.class, miner);
        context.provide(OfferService.class, offers);
        context.provide(UpsellFigures.class, new UpsellFigures(context));
        pipelines.installDefaultOnFirstStart();
        if (context.demoData()) {
            new UpsellDemoData(context, pipelines, opportunities, rules, miner, offers).generateOnFirstStart();
        }
        context.logger().info("Cross-sell and up-sell started");
    }

    @Override
    public void stop() {
        TriggerEngine started = engine;
        if (started != null) {
            started.flushSeen();
        }
        context().logger().info("Cross-sell and up-sell stopped");
    }
}
