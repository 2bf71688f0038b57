package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.plugin.acquisition.capture.CaptureOrigin;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.capture.DuplicatePolicy;
import dev.rapport.plugin.acquisition.capture.LeadCapture;
import dev.rapport.plugin.acquisition.event.CampaignResponseRecorded;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadInteractionRepository;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.scoring.ScoringService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;

/**
 * Records campaign responses, by hand, by import or through a web form. A response is logged as an interaction
 * (the lead's while it is a lead, the customer's otherwise), changes the lead's score, withdraws marketing consent
 * when it is an unsubscription, and publishes {@link CampaignResponseRecorded}; a response from someone unknown
 * creates (or updates) a lead first.
 */
public final class ResponseService {

    public static final int MAX_NOTE = 1000;
    private static final Duration MAX_FUTURE = Duration.ofDays(1);

    private final PluginContext context;
    private final ScoringService scoring;
    private final LeadCapture capture;

    public ResponseService(PluginContext context, ScoringService scoring, LeadCapture capture) {
        this.context = context;
        this.scoring = scoring;
        this.capture = capture;
    }

    /** What a response says, whoever gave it. */
    public record ResponseDetails(ResponseType type, Channel channel, String note, Instant respondedAt) {
    }

    /** Records a response of a target of the campaign, as the acting user (agents and above). */
    public long recordForTarget(long targetId, ResponseDetails details, ResponseOrigin origin) {
        context.security().requireRole(Role.AGENT, "record campaign responses");
        validate(details);
        CampaignTarget target = new TargetRepository(context.dsl()).find(targetId)
                .orElseThrow(() -> new NotFoundException("Campaign target", targetId));
        withdrawConsentFirst(customerOf(context.dsl(), target), details.type());
        return context.dsl().transactionResult(configuration -> record(configuration.dsl(), target, details, origin));
    }

    /**
     * {@link #recordForTarget(long, ResponseDetails, ResponseOrigin)} in the caller's transaction {@code tx}, which
     * sees the target even before it commits. An unsubscription's withdrawal of the customer's consent in the kernel
     * is left to the caller ({@link #withdrawConsentFirst}): the kernel's consent is not written in {@code tx}.
     */
    public long recordForTarget(DSLContext tx, long targetId, ResponseDetails details, ResponseOrigin origin) {
        context.security().requireRole(Role.AGENT, "record campaign responses");
        validate(details);
        CampaignTarget target = new TargetRepository(tx).find(targetId)
                .orElseThrow(() -> new NotFoundException("Campaign target", targetId));
        return record(tx, target, details, origin);
    }

    private long record(DSLContext tx, CampaignTarget target, ResponseDetails details, ResponseOrigin origin) {
        Campaign campaign = new CampaignRepository(tx).get(target.campaignId());
        return target.leadId() != null
                ? recordForLead(tx, campaign, new LeadRepository(tx).lock(target.leadId()), target.id(), details, origin,
                true)
                : recordForCustomer(tx, campaign, target.customerId(), target.id(), null, details, origin);
    }

    /** The customer a target's response goes to: the target's, or its converted lead's. */
    private static Long customerOf(DSLContext db, CampaignTarget target) {
        return target.customerId() != null ? target.customerId()
                : new LeadRepository(db).get(target.leadId()).customerId();
    }

    /**
     * Records a response of a lead in {@code tx} (a converted lead's response goes to its customer's log).
     * Consent of a converted lead's customer must have been withdrawn before, see {@link #withdrawConsentFirst}.
     *
     * @param logContact false when the capture that brought the response in has logged the contact already
     */
    private long recordForLead(DSLContext tx, Campaign campaign, Lead lead, Long targetId, ResponseDetails details,
                               ResponseOrigin origin, boolean logContact) {
        if (lead.customerId() != null) {
            return recordForCustomer(tx, campaign, lead.customerId(), targetId, lead.id(), details, origin);
        }
        Instant now = context.clock().instant();
        long responseId = new ResponseRepository(tx).insert(campaign.id(), targetId, lead.id(), null, details.type(),
                details.channel(), clean(details.note()), origin, details.respondedAt(), actingUserId(), now);
        if (logContact) {
            new LeadInteractionRepository(tx).append(lead.id(), details.channel(), Direction.INBOUND,
                    subject(campaign, details.type()), details.note(), Outcome.COMPLETED, details.respondedAt(),
                    actingUserId(), now);
        }
        if (details.type() == ResponseType.UNSUBSCRIBED) {
            new LeadRepository(tx).setMarketingConsent(lead.id(), false);
        }
        context.events().publish(tx, new CampaignResponseRecorded(null, campaign.id(), responseId, lead.id(),
                details.type().name(), origin.name()));
        scoring.recalculate(tx, lead.id());
        return responseId;
    }

    private long recordForCustomer(DSLContext tx, Campaign campaign, long customerId, Long targetId, Long leadId,
                                   ResponseDetails details, ResponseOrigin origin) {
        long responseId = new ResponseRepository(tx).insert(campaign.id(), targetId, leadId, customerId, details.type(),
                details.channel(), clean(details.note()), origin, details.respondedAt(), actingUserId(),
                context.clock().instant());
        context.interactions().append(tx, new NewInteraction(customerId, null, details.channel(), Direction.INBOUND,
                subject(campaign, details.type()), details.note(), Outcome.COMPLETED, details.respondedAt()));
        context.events().publish(tx, new CampaignResponseRecorded(customerId, campaign.id(), responseId, leadId,
                details.type().name(), origin.name()));
        return responseId;
    }

    /** Who a response from outside was recorded for: a lead, or a customer on the target list. */
    public record Responder(Long leadId, Long customerId) {
    }

    /**
     * A response from someone who may be unknown (a web form, an import row), each in a transaction of its own: a
     * customer on the campaign's target list with that email address gets the response; otherwise the open lead
     * with the same email address is updated, or a new lead of the campaign captured, and gets it.
     *
     * @throws ValidationException if the person's data or the response is invalid; nothing was stored
     */
    public Responder recordFromOutside(Campaign campaign, LeadDraft person, CaptureOrigin origin,
                                       ResponseDetails details, ResponseOrigin responseOrigin) {
        validate(details);
        capture.validate(context.dsl(), person);
        String email = person.email() == null || person.email().isBlank() ? null : person.email().strip();
        CampaignTarget customerTarget = email == null ? null : new TargetRepository(context.dsl())
                .findByEmail(campaign.id(), email).filter(target -> target.customerId() != null).orElse(null);
        if (customerTarget != null) {
            withdrawConsentFirst(customerTarget.customerId(), details.type());
            context.dsl().transaction(configuration -> recordForCustomer(configuration.dsl(), campaign,
                    customerTarget.customerId(), customerTarget.id(), null, details, responseOrigin));
            return new Responder(null, customerTarget.customerId());
        }
        long leadId = context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            CaptureResult result = capture.capture(tx, person, origin, DuplicatePolicy.UPDATE_OPEN_LEAD_WITH_SAME_EMAIL);
            long captured = ((CaptureResult.Captured) result).leadId();
            Long targetId = new TargetRepository(tx).findByLead(campaign.id(), captured).map(CampaignTarget::id)
                    .orElse(null);
            recordForLead(tx, campaign, new LeadRepository(tx).lock(captured), targetId, details, responseOrigin, false);
            return captured;
        });
        return new Responder(leadId, null);
    }

    /** Unsubscribing withdraws a customer's consent in the kernel first: should recording fail, no one is mailed against their will. */
    public void withdrawConsentFirst(Long customerId, ResponseType type) {
        if (customerId != null && type == ResponseType.UNSUBSCRIBED) {
            context.customerEditor().setMarketingConsent(customerId, false);
        }
    }

    public void validate(ResponseDetails details) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (details.type() == null) {
            errors.add(FieldError.of("type", "acquisition.validation.required"));
        }
        if (details.channel() == null) {
            errors.add(FieldError.of("channel", "acquisition.validation.required"));
        }
        if (details.respondedAt() == null) {
            errors.add(FieldError.of("respondedAt", "acquisition.validation.required"));
        } else if (details.respondedAt().isAfter(context.clock().instant().plus(MAX_FUTURE))) {
            errors.add(FieldError.of("respondedAt", "acquisition.validation.future"));
        }
        if (details.note() != null && details.note().strip().length() > MAX_NOTE) {
            errors.add(FieldError.of("note", "acquisition.validation.tooLong", MAX_NOTE));
        }
        ValidationException.throwIfAny(errors);
    }

    private String subject(Campaign campaign, ResponseType type) {
        return context.i18n().get(Locale.ENGLISH, "acquisition.response.subject", campaign.name(),
                context.i18n().get(Locale.ENGLISH, "acquisition.enum.ResponseType." + type.name()));
    }

    private Long actingUserId() {
        return context.security().currentUser().map(UserInfo::id).orElse(null);
    }

    private static String clean(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
