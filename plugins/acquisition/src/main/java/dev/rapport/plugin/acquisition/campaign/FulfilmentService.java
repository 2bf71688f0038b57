package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_FULFILMENT;

import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import dev.rapport.sdk.security.UserInfo;
import org.jooq.DSLContext;

/**
 * Fulfilment: turns a campaign's responses into follow-up tasks (send the material, call back, invite), one per
 * responding target and kind, so running it again only covers those who responded since. A task goes to the
 * target's owner when asked and known, else to the chosen user or department queue.
 */
public final class FulfilmentService {

    private static final int PAGE = 200;

    private final PluginContext context;

    public FulfilmentService(PluginContext context) {
        this.context = context;
    }

    /**
     * What to create.
     *
     * @param responseType only targets with a response of this type; null: every responder
     * @param toOwners give each task to the lead's or customer's owner when there is one
     * @param assigneeUserId the user who gets the tasks (of targets without owner), or null
     * @param departmentId the queue that gets them instead, or null
     */
    public record Request(FulfilmentKind kind, ResponseType responseType, boolean toOwners, Long assigneeUserId,
                          Long departmentId, LocalDate dueDate) {
    }

    /** How many tasks were created, and how many responders had one of this kind already. */
    public record Result(int created, int skipped) {
    }

    public Result createTasks(long campaignId, Request request) {
        context.security().requireRole(Role.MANAGER, "create fulfilment tasks");
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == null) {
            errors.add(FieldError.of("kind", "acquisition.validation.required"));
        }
        if ((request.assigneeUserId() == null) == (request.departmentId() == null)) {
            errors.add(FieldError.of("assignee", "acquisition.validation.userOrDepartment"));
        }
        if (request.dueDate() == null) {
            errors.add(FieldError.of("dueDate", "acquisition.validation.required"));
        }
        ValidationException.throwIfAny(errors);
        Campaign campaign = new CampaignRepository(context.dsl()).get(campaignId);
        // Owners who left cannot get tasks: theirs go to the chosen user or queue.
        Set<Long> activeUsers = context.staff().activeUsers().stream().map(UserInfo::id).collect(Collectors.toSet());
        int created = 0;
        int skipped = 0;
        long after = 0;
        while (true) {
            List<CampaignTarget> page = new TargetRepository(context.dsl())
                    .respondersAfter(campaignId, request.responseType(), after, PAGE);
            if (page.isEmpty()) {
                return new Result(created, skipped);
            }
            int[] counts = context.dsl().transactionResult(configuration -> {
                int made = 0;
                int had = 0;
                for (CampaignTarget target : page) {
                    if (createTask(configuration.dsl(), campaign, target, request, activeUsers)) {
                        made++;
                    } else {
                        had++;
                    }
                }
                return new int[] {made, had};
            });
            created += counts[0];
            skipped += counts[1];
            after = page.getLast().id();
        }
    }

    private boolean createTask(DSLContext tx, Campaign campaign, CampaignTarget target, Request request,
                               Set<Long> activeUsers) {
        if (tx.fetchExists(ACQ_FULFILMENT, ACQ_FULFILMENT.CAMPAIGN_ID.eq(campaign.id())
                .and(ACQ_FULFILMENT.TARGET_ID.eq(target.id())).and(ACQ_FULFILMENT.KIND.eq(request.kind().name())))) {
            return false;
        }
        Lead lead = target.leadId() == null ? null : new LeadRepository(tx).find(target.leadId()).orElse(null);
        Long customerId = target.customerId() != null ? target.customerId() : lead == null ? null : lead.customerId();
        Long owner = null;
        if (request.toOwners()) {
            owner = customerId != null ? context.customers().find(customerId).map(CustomerInfo::ownerId).orElse(null)
                    : lead == null ? null : lead.ownerId();
        }
        Long assignee = owner != null && activeUsers.contains(owner) ? owner : request.assigneeUserId();
        String contact = target.email() == null ? "" : target.email();
        TaskInfo task = context.tasks().create(tx, new NewTask(
                context.i18n().get(Locale.ENGLISH, "acquisition.fulfilment.title." + request.kind().name(),
                        target.displayName(), campaign.name()),
                lead == null || lead.customerId() != null ? contact
                        : (contact + "\n" + context.i18n().get(Locale.ENGLISH, "acquisition.task.openLead",
                        "acquisition/leads/" + lead.id())).strip(),
                customerId, request.dueDate(), TaskPriority.NORMAL, assignee,
                assignee == null ? request.departmentId() : null));
        tx.insertInto(ACQ_FULFILMENT).set(ACQ_FULFILMENT.CAMPAIGN_ID, campaign.id())
                .set(ACQ_FULFILMENT.TARGET_ID, target.id()).set(ACQ_FULFILMENT.KIND, request.kind().name())
                .set(ACQ_FULFILMENT.TASK_ID, task.id()).set(ACQ_FULFILMENT.CREATED_AT, Times.stored(context.clock().instant()))
                .execute();
        return true;
    }
}
