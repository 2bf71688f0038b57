package dev.rapport.plugin.service;

import dev.rapport.plugin.service.agreement.AgreementAnnouncements;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.demo.ServiceDemoData;
import dev.rapport.plugin.service.intake.WebFormToken;
import dev.rapport.plugin.service.intake.WebRequestIntake;
import dev.rapport.plugin.service.metric.CostFigures;
import dev.rapport.plugin.service.metric.ServiceFigures;
import dev.rapport.plugin.service.metric.SurveyFigures;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.CustomerReplies;
import dev.rapport.plugin.service.request.DuplicateRequests;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.ServiceSettings;
import dev.rapport.plugin.service.request.SlaCheck;
import dev.rapport.plugin.service.rma.RmaCoverage;
import dev.rapport.plugin.service.rma.RmaService;
import dev.rapport.plugin.service.survey.NpsInvitations;
import dev.rapport.plugin.service.survey.PublicAddress;
import dev.rapport.plugin.service.survey.SurveyService;
import dev.rapport.plugin.service.survey.SurveyTokens;
import dev.rapport.plugin.service.scan.SlaScan;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.RapportPlugin;
import java.time.Clock;

/**
 * The customer service plugin: service requests in team queues with first-response and resolution clocks counted
 * in the business time of their agreement's calendar, paused while waiting, kept across priority and agreement
 * changes. Wires its services and offers them to its views and extensions; on its first start it sets up a standard
 * calendar, a default agreement and a first queue, so requests can be opened at once.
 */
public final class ServicePlugin extends RapportPlugin {

    /** The department that works the plugin's queues in a standard installation. */
    public static final String SERVICE_DEPARTMENT = "service";
    private static final int SCAN_BATCH = 500;

    public ServicePlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        PluginContext context = context();
        Clock clock = context.clock();
        ServiceSettings settings = new ServiceSettings(context.settings());
        AgreementService agreements = new AgreementService(context);
        QueueService queues = new QueueService(context);
        SurveyTokens tokens = new SurveyTokens(context.settings());
        tokens.ensureSecret();
        PublicAddress address = new PublicAddress(context.settings());
        SurveyService surveys = new SurveyService(context, tokens, clock, settings.surveyValidity());
        RequestService requests = new RequestService(context, agreements, queues, settings, clock,
                (tx, resolved) -> surveys.inviteAfterResolution(tx, resolved, address.get()));
        context.provide(SurveyService.class, surveys);
        context.provide(NpsInvitations.class, new NpsInvitations(context, surveys, address, clock));
        context.provide(ServiceSettings.class, settings);
        context.provide(AgreementService.class, agreements);
        context.provide(QueueService.class, queues);
        context.provide(RequestService.class, requests);
        context.provide(DuplicateRequests.class, new DuplicateRequests(context, requests));
        WebFormToken formToken = new WebFormToken(context.settings());
        formToken.ensure();
        context.provide(WebFormToken.class, formToken);
        context.provide(WebRequestIntake.class, new WebRequestIntake(context, requests, settings, clock));
        context.provide(CustomerReplies.class, new CustomerReplies(context, requests, clock));
        context.provide(SlaScan.class, new SlaScan(context, new SlaCheck(context, requests, agreements), clock, SCAN_BATCH));
        context.provide(ServiceFigures.class, new ServiceFigures(context, clock));
        context.provide(SurveyFigures.class, new SurveyFigures(context));
        context.provide(CostFigures.class, new CostFigures(context));
        context.provide(RmaService.class, new RmaService(context, new RmaCoverage(context.customers(), agreements),
                settings, clock));
        agreements.installDefaultsOnFirstStart(settings.defaultZone());
        AgreementAnnouncements announcements = new AgreementAnnouncements(context, agreements);
        context.provide(AgreementAnnouncements.class, announcements);
        announcements.announceOnce();
        context.staff().departmentByCode(SERVICE_DEPARTMENT).ifPresent(department ->
                queues.installDefaultQueueOnFirstStart(department.id(), "EUR"));
        if (context.demoData()) {
            new ServiceDemoData(context, tokens, agreements, queues, settings).generateOnFirstStart();
        }
        context.logger().info("Customer service started");
    }

    @Override
    public void stop() {
        context().logger().info("Customer service stopped");
    }
}
