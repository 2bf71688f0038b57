package dev.rapport.plugin.acquisition.ui;

import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.HasValidation;
import dev.rapport.plugin.acquisition.campaign.CampaignActivity;
import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignResponse;
import dev.rapport.plugin.acquisition.campaign.CampaignResultsCalculator;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.CampaignTarget;
import dev.rapport.plugin.acquisition.campaign.FulfilmentService;
import dev.rapport.plugin.acquisition.campaign.ResponseOrigin;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.campaign.ResponseService;
import dev.rapport.plugin.acquisition.campaign.Segment;
import dev.rapport.plugin.acquisition.campaign.SegmentService;
import dev.rapport.plugin.acquisition.campaign.TargetListBuilder;
import dev.rapport.plugin.acquisition.capture.WebFormService;
import dev.rapport.plugin.acquisition.importing.ResponseImport;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The campaign detail view's presenter: loads the campaign and its figures, and carries out what managers and
 * agents do on it (targets, responses, activities, follow-up tasks, web forms), then refreshes the view.
 */
final class CampaignDetailLogic {

    private final CampaignDetailView view;
    private final PluginContext context;
    private final CampaignService campaigns;
    private final SegmentService segments;
    private final TargetListBuilder targets;
    private final ResponseService responses;
    private final CampaignResultsCalculator results;
    private final FulfilmentService fulfilment;
    private final WebFormService webForms;
    private final ResponseImport responseImport;
    private long campaignId;

    CampaignDetailLogic(CampaignDetailView view, PluginContext context, Services services) {
        this.view = view;
        this.context = context;
        this.campaigns = services.campaigns();
        this.segments = services.segments();
        this.targets = services.targets();
        this.responses = services.responses();
        this.results = services.results();
        this.fulfilment = services.fulfilment();
        this.webForms = services.webForms();
        this.responseImport = services.responseImport();
    }

    /** The services the campaign screen works with. */
    record Services(CampaignService campaigns, SegmentService segments, TargetListBuilder targets,
                    ResponseService responses, CampaignResultsCalculator results, FulfilmentService fulfilment,
                    WebFormService webForms, ResponseImport responseImport) {
    }

    void show(long id) {
        campaignId = id;
        view.display(campaigns.get(id), results.results(id));
    }

    void refresh() {
        show(campaignId);
    }

    boolean isManager() {
        return context.security().hasRole(Role.MANAGER);
    }

    boolean isAgent() {
        return context.security().hasRole(Role.AGENT);
    }

    PluginContext context() {
        return context;
    }

    CampaignService campaigns() {
        return campaigns;
    }

    ResponseImport responseImport() {
        return responseImport;
    }

    long campaignId() {
        return campaignId;
    }

    List<Segment> segments() {
        return segments.all();
    }

    void addTargets(Segment segment) {
        TargetListBuilder.Result[] result = new TargetListBuilder.Result[1];
        if (Feedback.attempt(view, Map.of(), () -> result[0] = targets.addFromSegment(campaignId, segment.audience(),
                segment.id()))) {
            Feedback.success(view, result[0].limitReached() ? "acquisition.targets.addedLimit" : "acquisition.targets.added",
                    result[0].added(), result[0].total(), TargetListBuilder.MAX_TARGETS);
            refresh();
        }
    }

    List<CampaignTarget> targets(CampaignTarget after, int limit) {
        return targets.targets(campaignId, after, limit);
    }

    List<CampaignResponse> responses(CampaignResponse after, int limit) {
        return new ResponseRepository(context.dsl()).page(campaignId, after, limit);
    }

    void recordResponse(CampaignTarget target, ResponseService.ResponseDetails details,
                        Map<String, ? extends HasValidation> fields, Runnable onDone) {
        if (Feedback.attempt(view, fields, () -> responses.recordForTarget(target.id(), details, ResponseOrigin.MANUAL))) {
            Feedback.success(view, "acquisition.response.recorded");
            onDone.run();
            refresh();
        }
    }

    List<CampaignActivity> activities() {
        return campaigns.activities(campaignId);
    }

    void planActivity(String title, CampaignChannel channel, LocalDate plannedOn,
                      Map<String, ? extends HasValidation> fields, Runnable onDone) {
        if (Feedback.attempt(view, fields, () -> campaigns.planActivity(campaignId, title, channel, plannedOn))) {
            onDone.run();
            refresh();
        }
    }

    void setActivityDone(CampaignActivity activity, boolean done) {
        Feedback.attempt(view, Map.of(), () -> campaigns.setActivityDone(activity.id(), done));
    }

    void deleteActivity(CampaignActivity activity) {
        if (Feedback.attempt(view, Map.of(), () -> campaigns.deleteActivity(activity.id()))) {
            refresh();
        }
    }

    void createFollowUps(FulfilmentService.Request request, Map<String, ? extends HasValidation> fields) {
        FulfilmentService.Result[] result = new FulfilmentService.Result[1];
        if (Feedback.attempt(view, fields, () -> result[0] = fulfilment.createTasks(campaignId, request))) {
            Feedback.success(view, "acquisition.fulfilment.done", result[0].created(), result[0].skipped());
        }
    }

    List<UserInfo> assignableUsers() {
        return context.staff().activeUsers().stream().filter(user -> user.role() != Role.READ_ONLY).toList();
    }

    WebFormService webForms() {
        return webForms;
    }
}
