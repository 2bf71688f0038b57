package dev.rapport.plugin.acquisition.ui;

import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.lead.ConversionRequest;
import dev.rapport.plugin.acquisition.lead.DuplicateMatch;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.scoring.ScoringService;
import dev.rapport.plugin.acquisition.support.Products;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lead detail view's presenter: gathers what the view shows and carries out the user's actions through the
 * services, then has the view show the lead again (or the customer it became).
 */
final class LeadDetailLogic {

    private final LeadDetailView view;
    private final PluginContext context;
    private final LeadService leads;
    private final LeadConversion conversion;
    private final ScoringService scoring;
    private final CampaignService campaigns;
    private long leadId;

    LeadDetailLogic(LeadDetailView view, PluginContext context, LeadService leads, LeadConversion conversion,
                    ScoringService scoring, CampaignService campaigns) {
        this.view = view;
        this.context = context;
        this.leads = leads;
        this.conversion = conversion;
        this.scoring = scoring;
        this.campaigns = campaigns;
    }

    void show(long id) {
        this.leadId = id;
        view.display(details());
    }

    private LeadDetails details() {
        Lead lead = leads.get(leadId);
        Products catalogue = Products.of(context.customers());
        List<String> products = leads.productIds(leadId).stream().map(catalogue::name).sorted().toList();
        Map<Long, String> userNames = new HashMap<>(context.staff().activeUsers().stream()
                .collect(Collectors.toMap(UserInfo::id, UserInfo::displayName)));
        var interactions = leads.interactions(leadId);
        interactions.stream().map(contact -> contact.recordedBy()).filter(id -> id != null && !userNames.containsKey(id))
                .distinct().forEach(id -> context.staff().user(id).ifPresent(user -> userNames.put(id, user.displayName())));
        String campaignName = lead.campaignId() == null ? null : campaigns.get(lead.campaignId()).name();
        String department = lead.departmentId() == null ? null
                : context.staff().department(lead.departmentId()).map(Department::name).orElse(null);
        return new LeadDetails(lead, products, campaignName, department, userNames, scoring.threshold(),
                scoring.explanation(leadId), interactions,
                new ResponseRepository(context.dsl()).forLead(leadId, 200), customerName(lead.customerId()),
                lead.possibleDuplicateLeadId() == null ? null
                        : leads.find(lead.possibleDuplicateLeadId()).map(Lead::displayName).orElse(null),
                customerName(lead.possibleDuplicateCustomerId()),
                leads.permissions().canEdit(lead), leads.permissions().canAssignOthers());
    }

    private String customerName(Long customerId) {
        return customerId == null ? null : context.customers().find(customerId).map(CustomerInfo::displayName)
                .orElse("#" + customerId);
    }

    void markContacted() {
        act(() -> leads.markContacted(leadId), "acquisition.lead.markedContacted");
    }

    void qualify() {
        act(() -> leads.qualify(leadId), "acquisition.lead.qualified");
    }

    void disqualify(String reason, Runnable onDone) {
        if (act(() -> leads.disqualify(leadId, reason), "acquisition.lead.disqualified")) {
            onDone.run();
        }
    }

    void reopen() {
        act(() -> leads.reopen(leadId), "acquisition.lead.reopened");
    }

    void assign(long ownerId, Runnable onDone) {
        if (act(() -> leads.assign(leadId, ownerId), "acquisition.lead.assigned")) {
            onDone.run();
        }
    }

    void logContact(ContactDialog.Contact contact, Map<String, ? extends HasValidation> fields,
                    Runnable onDone) {
        if (Feedback.attempt(view, fields, () -> leads.logContact(leadId, contact.channel(), contact.direction(),
                contact.subject(), contact.notes(), contact.outcome(), contact.occurredAt()))) {
            Feedback.success(view, "acquisition.contact.logged");
            onDone.run();
            show(leadId);
        }
    }

    /** Converts the lead and opens the customer's 360° view. */
    void convert(ConversionRequest request, Map<String, ? extends HasValidation> fields,
                 Runnable onDone) {
        long[] customer = new long[1];
        if (Feedback.attempt(view, fields, () -> customer[0] = conversion.convert(leadId, request))) {
            Feedback.success(view, "acquisition.conversion.done");
            onDone.run();
            UI.getCurrent().navigate("customers/" + customer[0]);
        }
    }

    /** Customers that may be the lead: the conversion dialog proposes them as the existing customer. */
    List<CustomerInfo> candidateCustomers() {
        return leads.duplicatesOf(leadId).stream()
                .filter(match -> match.kind() == DuplicateMatch.Kind.CUSTOMER)
                .map(match -> context.customers().find(match.id())).flatMap(Optional::stream).toList();
    }

    List<CustomerInfo> searchCustomers(String text) {
        return text == null || text.isBlank() ? candidateCustomers() : context.customers().search(text, 20);
    }

    List<UserInfo> assignableUsers() {
        return context.staff().activeUsers().stream()
                .filter(user -> user.role() != Role.READ_ONLY).toList();
    }

    Optional<UserInfo> currentUser() {
        return context.security().currentUser();
    }

    private boolean act(Runnable action, String successKey) {
        if (Feedback.attempt(view, Map.of(), action)) {
            Feedback.success(view, successKey);
            show(leadId);
            return true;
        }
        return false;
    }
}
