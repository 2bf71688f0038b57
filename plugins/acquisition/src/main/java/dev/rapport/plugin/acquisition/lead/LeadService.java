package dev.rapport.plugin.acquisition.lead;

import dev.rapport.plugin.acquisition.assignment.AssignmentService;
import dev.rapport.plugin.acquisition.capture.CaptureOrigin;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.capture.DuplicatePolicy;
import dev.rapport.plugin.acquisition.capture.LeadCapture;
import dev.rapport.plugin.acquisition.event.LeadQualified;
import dev.rapport.plugin.acquisition.scoring.ScoringService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * What people do with leads in the web application: capture one by hand, edit it, log contacts, move it through
 * its statuses and hand it to someone. Each action checks the acting user's rights, runs in one transaction and
 * rescores the lead.
 */
public final class LeadService {

    public static final int MAX_REASON = 500;
    private static final Duration MAX_FUTURE = Duration.ofDays(1);

    private final PluginContext context;
    private final LeadCapture capture;
    private final ScoringService scoring;
    private final AssignmentService assignment;
    private final LeadPermissions permissions;

    public LeadService(PluginContext context, LeadCapture capture, ScoringService scoring, AssignmentService assignment) {
        this.context = context;
        this.capture = capture;
        this.scoring = scoring;
        this.assignment = assignment;
        this.permissions = new LeadPermissions(context.security());
    }

    public LeadPermissions permissions() {
        return permissions;
    }

    /**
     * Captures a lead typed in by the acting user (agents and above). Unless {@code duplicatesConfirmed}, nothing
     * is stored when the duplicate check finds matches: they are returned for the user to decide.
     *
     * @param channel how the lead reached the company
     * @param takeIt true: the acting user owns it at once; false: the assignment rules decide
     */
    public CaptureResult capture(LeadDraft draft, Channel channel, boolean takeIt, boolean duplicatesConfirmed) {
        UserInfo user = requireAgent("capture leads");
        CaptureOrigin origin = new CaptureOrigin(channel == null ? Channel.PHONE : channel,
                context.i18n().get(Locale.ENGLISH, "acquisition.capture.byHand", user.displayName()), draft.notes(),
                user.id(), takeIt ? user.id() : null);
        return context.dsl().transactionResult(configuration -> capture.capture(configuration.dsl(), draft, origin,
                duplicatesConfirmed ? DuplicatePolicy.FLAG : DuplicatePolicy.REPORT));
    }

    public Lead get(long leadId) {
        return new LeadRepository(context.dsl()).get(leadId);
    }

    public java.util.Optional<Lead> find(long leadId) {
        return new LeadRepository(context.dsl()).find(leadId);
    }

    public Set<Long> productIds(long leadId) {
        return new LeadRepository(context.dsl()).productIds(leadId);
    }

    public List<Lead> page(LeadFilter filter, LeadSort sort, Lead after, int limit) {
        return new LeadRepository(context.dsl()).page(filter, sort, after, Math.min(limit, 500));
    }

    public List<LeadInteraction> interactions(long leadId) {
        return new LeadInteractionRepository(context.dsl()).forLead(leadId);
    }

    /** Leads and customers that may be the same as the stored lead. */
    public List<DuplicateMatch> duplicatesOf(long leadId) {
        Lead lead = get(leadId);
        ValidLead valid = new LeadValidator(context.customers()).validate(context.dsl(),
                LeadDraft.of(lead, productIds(leadId)));
        return new DuplicateFinder(context.customers()).find(context.dsl(), valid, leadId);
    }

    /** Saves changed details of an open lead the acting user may work, if nobody saved it since {@code version}. */
    public void update(long leadId, int version, LeadDraft draft) {
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            openLeadToWork(tx, leadId, "change leads");
            ValidLead valid = new LeadValidator(context.customers()).validate(tx, draft);
            new LeadRepository(tx).updateDetails(leadId, version, valid, context.clock().instant());
            scoring.recalculate(tx, leadId);
        });
    }

    /**
     * Logs a contact with the lead. A contact that reached them (not "no answer", not "left a message") is the first
     * contact if there was none yet, and moves a new lead to contacted.
     */
    public void logContact(long leadId, Channel channel, Direction direction, String subject, String notes,
                           Outcome outcome, Instant occurredAt) {
        UserInfo user = requireAgent("log contacts with leads");
        List<FieldError> errors = new ArrayList<>();
        if (channel == null) {
            errors.add(FieldError.of("channel", "acquisition.validation.required"));
        }
        if (direction == null) {
            errors.add(FieldError.of("direction", "acquisition.validation.required"));
        }
        if (outcome == null) {
            errors.add(FieldError.of("outcome", "acquisition.validation.required"));
        }
        if (subject == null || subject.isBlank()) {
            errors.add(FieldError.of("subject", "acquisition.validation.required"));
        } else if (subject.strip().length() > LeadInteractionRepository.MAX_SUBJECT) {
            errors.add(FieldError.of("subject", "acquisition.validation.tooLong", LeadInteractionRepository.MAX_SUBJECT));
        }
        if (notes != null && notes.length() > LeadValidator.MAX_NOTES) {
            errors.add(FieldError.of("notes", "acquisition.validation.tooLong", LeadValidator.MAX_NOTES));
        }
        if (occurredAt == null) {
            errors.add(FieldError.of("occurredAt", "acquisition.validation.required"));
        } else if (occurredAt.isAfter(context.clock().instant().plus(MAX_FUTURE))) {
            errors.add(FieldError.of("occurredAt", "acquisition.validation.future"));
        }
        ValidationException.throwIfAny(errors);
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Lead lead = openLeadToWork(tx, leadId, "log contacts with leads");
            Instant now = context.clock().instant();
            new LeadInteractionRepository(tx).append(leadId, channel, direction, subject, notes, outcome, occurredAt,
                    user.id(), now);
            if (outcome != Outcome.NO_ANSWER && outcome != Outcome.LEFT_MESSAGE) {
                LeadRepository leads = new LeadRepository(tx);
                leads.markFirstContact(leadId, occurredAt);
                if (lead.status() == LeadStatus.NEW) {
                    leads.setStatus(leadId, LeadStatus.CONTACTED, null, now);
                }
            }
            scoring.recalculate(tx, leadId);
        });
    }

    /** Marks a new lead contacted (someone reached them outside Rapport's log). */
    public void markContacted(long leadId) {
        changeStatus(leadId, LeadStatus.CONTACTED, null);
    }

    /** Qualifies an open lead by hand, whatever its score. */
    public void qualify(long leadId) {
        changeStatus(leadId, LeadStatus.QUALIFIED, null);
    }

    /** Closes a lead as not worth pursuing; the reason is required. */
    public void disqualify(long leadId, String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("reason", "acquisition.validation.required")));
        }
        if (clean.length() > MAX_REASON) {
            throw new ValidationException(List.of(FieldError.of("reason", "acquisition.validation.tooLong", MAX_REASON)));
        }
        changeStatus(leadId, LeadStatus.DISQUALIFIED, clean);
    }

    /** Opens a disqualified lead again, as new. */
    public void reopen(long leadId) {
        changeStatus(leadId, LeadStatus.NEW, null);
    }

    private void changeStatus(long leadId, LeadStatus target, String reason) {
        requireAgent("change the status of leads");
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            LeadRepository leads = new LeadRepository(tx);
            Lead lead = leads.lock(leadId);
            permissions.requireEdit(lead, "change the status of leads");
            if (!allowed(lead.status(), target)) {
                throw new ValidationException(List.of(FieldError.of("status", "acquisition.validation.statusChange",
                        lead.status().name(), target.name())));
            }
            Instant now = context.clock().instant();
            leads.setStatus(leadId, target, reason, now);
            if (target == LeadStatus.CONTACTED) {
                leads.markFirstContact(leadId, now);
            }
            if (target == LeadStatus.QUALIFIED) {
                context.events().publish(tx, new LeadQualified(null, leadId, lead.score(), false));
            }
            if (target == LeadStatus.NEW) {
                scoring.recalculate(tx, leadId);
            }
        });
    }

    private static boolean allowed(LeadStatus from, LeadStatus to) {
        return switch (to) {
            case CONTACTED -> from == LeadStatus.NEW;
            case QUALIFIED -> from == LeadStatus.NEW || from == LeadStatus.CONTACTED;
            case DISQUALIFIED -> from.isOpen();
            case NEW -> from == LeadStatus.DISQUALIFIED;
            case CONVERTED -> false;
        };
    }

    /**
     * Hands a lead to {@code ownerId}, with a follow-up task for them: agents take leads for themselves, managers
     * give them to anyone.
     */
    public void assign(long leadId, long ownerId) {
        UserInfo user = requireAgent("assign leads");
        if (ownerId != user.id() && !permissions.canAssignOthers()) {
            context.security().requireRole(Role.MANAGER, "give leads to other people");
        }
        if (context.staff().activeUsers().stream().noneMatch(other -> other.id() == ownerId)) {
            throw new ValidationException(List.of(FieldError.of("ownerId", "acquisition.validation.user")));
        }
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Lead lead = openLeadToWork(tx, leadId, "assign leads");
            assignment.assign(tx, lead, ownerId, null);
        });
    }

    /** The lead, locked, if it is open and the acting user may work it. */
    private Lead openLeadToWork(DSLContext tx, long leadId, String action) {
        Lead lead = new LeadRepository(tx).lock(leadId);
        permissions.requireEdit(lead, action);
        if (!lead.status().isOpen()) {
            throw new ValidationException(List.of(FieldError.of("status", "acquisition.validation.closed")));
        }
        return lead;
    }

    /** The acting user, who must be an agent or more (the system, e.g. in tests, has no user: refused here). */
    private UserInfo requireAgent(String action) {
        context.security().requireRole(Role.AGENT, action);
        return context.security().currentUser().orElseThrow(() ->
                new IllegalStateException("Only a signed-in user can " + action));
    }
}
