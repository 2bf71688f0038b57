package dev.rapport.plugin.acquisition.capture;

import dev.rapport.plugin.acquisition.assignment.Assignment;
import dev.rapport.plugin.acquisition.assignment.AssignmentService;
import dev.rapport.plugin.acquisition.event.LeadCaptured;
import dev.rapport.plugin.acquisition.lead.DuplicateFinder;
import dev.rapport.plugin.acquisition.lead.DuplicateMatch;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadInteractionRepository;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.lead.LeadValidator;
import dev.rapport.plugin.acquisition.lead.ValidLead;
import dev.rapport.plugin.acquisition.scoring.Score;
import dev.rapport.plugin.acquisition.scoring.ScoringService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Every way a lead comes in ends here: validate, check for duplicates, store (or update the lead that exists),
 * log the capture as the lead's first interaction, publish {@link LeadCaptured}, score, and assign by the rules.
 * All of it in the caller's transaction, so a refused capture stores nothing.
 */
public final class LeadCapture {

    private final PluginContext context;
    private final LeadValidator validator;
    private final DuplicateFinder duplicates;
    private final ScoringService scoring;
    private final AssignmentService assignment;

    public LeadCapture(PluginContext context, ScoringService scoring, AssignmentService assignment) {
        this.context = context;
        this.validator = new LeadValidator(context.customers());
        this.duplicates = new DuplicateFinder(context.customers());
        this.scoring = scoring;
        this.assignment = assignment;
    }

    /**
     * Captures {@code draft} in {@code tx}.
     *
     * @throws ValidationException if the draft is invalid, or (with {@link DuplicatePolicy#REFUSE_LEAD_WITH_SAME_EMAIL})
     *         another lead has its email address ({@code email}: {@code acquisition.validation.duplicateLead})
     */
    public CaptureResult capture(DSLContext tx, LeadDraft draft, CaptureOrigin origin, DuplicatePolicy policy) {
        ValidLead lead = validator.validate(tx, draft);
        List<DuplicateMatch> matches = duplicates.find(tx, lead, 0);
        if (policy == DuplicatePolicy.REPORT && !matches.isEmpty()) {
            return new CaptureResult.PossibleDuplicates(matches);
        }
        LeadRepository leads = new LeadRepository(tx);
        if (policy == DuplicatePolicy.REFUSE_LEAD_WITH_SAME_EMAIL && lead.email() != null) {
            Optional<Lead> same = leads.withEmail(lead.email(), 1).stream().findFirst();
            if (same.isPresent()) {
                throw new ValidationException(List.of(FieldError.of("email", "acquisition.validation.duplicateLead",
                        same.get().id())));
            }
        }
        if (policy == DuplicatePolicy.UPDATE_OPEN_LEAD_WITH_SAME_EMAIL && lead.email() != null) {
            Optional<Lead> open = leads.withEmail(lead.email(), 10).stream().filter(other -> other.status().isOpen())
                    .findFirst();
            if (open.isPresent()) {
                return update(tx, open.get(), lead, origin);
            }
        }
        Instant now = context.clock().instant();
        long leadId = leads.insert(lead, now);
        leads.setPossibleDuplicates(leadId, first(matches, DuplicateMatch.Kind.LEAD), first(matches, DuplicateMatch.Kind.CUSTOMER));
        log(tx, leadId, origin, now);
        context.events().publish(tx, new LeadCaptured(null, leadId, draft.source().name(), draft.campaignId(), false));
        Score score = scoring.recalculate(tx, leadId);
        Optional<Assignment> assigned = assign(tx, leads.get(leadId), origin, draft.productIds());
        return new CaptureResult.Captured(leadId, false, score.total(), assigned, matches);
    }

    /** Checks {@code draft} as a capture would, without storing anything. */
    public void validate(DSLContext db, LeadDraft draft) {
        validator.validate(db, draft);
    }

    /** A known lead came in again: fill what it lacked, add interests and the new message, rescore. */
    private CaptureResult update(DSLContext tx, Lead existing, ValidLead incoming, CaptureOrigin origin) {
        LeadRepository leads = new LeadRepository(tx);
        Set<Long> products = new HashSet<>(leads.productIds(existing.id()));
        products.addAll(incoming.draft().productIds());
        LeadDraft known = LeadDraft.of(existing, products);
        LeadDraft in = incoming.draft();
        LeadDraft merged = new LeadDraft(or(known.firstName(), in.firstName()), or(known.lastName(), in.lastName()),
                or(known.company(), in.company()), or(known.jobTitle(), in.jobTitle()), known.email(),
                or(known.phone(), incoming.phone()), or(known.street(), in.street()),
                or(known.postalCode(), in.postalCode()), or(known.city(), in.city()),
                or(known.countryCode(), in.countryCode()), or(known.preferredLanguage(), in.preferredLanguage()),
                known.marketingConsent() || in.marketingConsent(), known.source(), known.sourceDetail(),
                known.campaignId() == null ? in.campaignId() : known.campaignId(), known.notes(), products);
        Instant now = context.clock().instant();
        leads.updateDetails(existing.id(), existing.version(), validator.validate(tx, merged), now);
        log(tx, existing.id(), origin, now);
        context.events().publish(tx, new LeadCaptured(null, existing.id(), in.source().name(), in.campaignId(), true));
        Score score = scoring.recalculate(tx, existing.id());
        Lead updated = leads.get(existing.id());
        Optional<Assignment> assigned = updated.ownerId() == null && updated.departmentId() == null
                ? assign(tx, updated, origin, products) : Optional.empty();
        return new CaptureResult.Captured(existing.id(), true, score.total(), assigned, List.of());
    }

    private Optional<Assignment> assign(DSLContext tx, Lead lead, CaptureOrigin origin, Set<Long> productIds) {
        if (lead.status() == LeadStatus.CONVERTED) {
            return Optional.empty();
        }
        if (origin.assignTo() != null) {
            return Optional.of(assignment.assign(tx, lead, origin.assignTo(), null));
        }
        return assignment.assignByRules(tx, lead, productIds);
    }

    private void log(DSLContext tx, long leadId, CaptureOrigin origin, Instant now) {
        new LeadInteractionRepository(tx).append(leadId, origin.channel(), Direction.INBOUND, origin.subject(),
                origin.notes(), Outcome.COMPLETED, now, origin.recordedBy(), now);
    }

    private static Long first(List<DuplicateMatch> matches, DuplicateMatch.Kind kind) {
        return matches.stream().filter(match -> match.kind() == kind).map(DuplicateMatch::id).findFirst().orElse(null);
    }

    private static String or(String known, String incoming) {
        return known != null ? known : incoming;
    }
}
