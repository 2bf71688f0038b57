package dev.rapport.plugin.acquisition;

import dev.rapport.plugin.acquisition.assignment.AssignmentService;
import dev.rapport.plugin.acquisition.campaign.CampaignResultsCalculator;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.FulfilmentService;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.campaign.SegmentService;
import dev.rapport.plugin.acquisition.campaign.CustomerSegmentMigration;
import dev.rapport.plugin.acquisition.campaign.TargetListBuilder;
import dev.rapport.plugin.acquisition.capture.LeadCapture;
import dev.rapport.plugin.acquisition.capture.WebFormService;
import dev.rapport.plugin.acquisition.demo.AcquisitionDemoData;
import dev.rapport.plugin.acquisition.importing.LeadImport;
import dev.rapport.plugin.acquisition.importing.ResponseImport;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.metric.AcquisitionFigures;
import dev.rapport.plugin.acquisition.scoring.DefaultScoringRules;
import dev.rapport.plugin.acquisition.scoring.ScoringService;
import dev.rapport.plugin.acquisition.support.AcquisitionSettings;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;

/**
 * The acquisition plugin: leads (captured by hand, by CSV import and through a public web form; checked for
 * duplicates, scored, assigned and converted into customers) and campaigns (targets from segments, responses,
 * activities, follow-up tasks and results). Wires its services and offers them to its views and extensions; on its
 * first start it sets up starter scoring rules, and demo data on a demo installation.
 */
public final class AcquisitionPlugin extends RapportPlugin {

    public AcquisitionPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        PluginContext context = context();
        AcquisitionSettings settings = new AcquisitionSettings(context.settings());
        ScoringService scoring = new ScoringService(context, settings);
        AssignmentService assignment = new AssignmentService(context);
        LeadCapture capture = new LeadCapture(context, scoring, assignment);
        ResponseService responses = new ResponseService(context, scoring, capture);
        LeadService leads = new LeadService(context, capture, scoring, assignment);
        LeadConversion conversion = new LeadConversion(context);
        CampaignService campaigns = new CampaignService(context, settings);
        context.provide(AcquisitionSettings.class, settings);
        context.provide(ScoringService.class, scoring);
        context.provide(AssignmentService.class, assignment);
        context.provide(LeadCapture.class, capture);
        context.provide(ResponseService.class, responses);
        context.provide(LeadService.class, leads);
        context.provide(LeadConversion.class, conversion);
        context.provide(CampaignService.class, campaigns);
        context.provide(SegmentService.class, new SegmentService(context));
        context.provide(TargetListBuilder.class, new TargetListBuilder(context));
        context.provide(CampaignResultsCalculator.class, new CampaignResultsCalculator(context));
        context.provide(FulfilmentService.class, new FulfilmentService(context));
        context.provide(WebFormService.class, new WebFormService(context));
        context.provide(LeadImport.class, new LeadImport(context, capture));
        context.provide(ResponseImport.class, new ResponseImport(context, responses));
        context.provide(AcquisitionFigures.class, new AcquisitionFigures(context, settings));
        new CustomerSegmentMigration(context).migrate();
        new DefaultScoringRules(context).installOnFirstStart();
        if (context.demoData()) {
            new AcquisitionDemoData(context, capture, conversion, campaigns, responses).generateOnFirstStart();
        }
        context.logger().info("Acquisition started");
    }

    @Override
    public void stop() {
        context().logger().info("Acquisition stopped");
    }
}
