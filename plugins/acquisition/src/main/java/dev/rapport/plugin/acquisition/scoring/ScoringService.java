package dev.rapport.plugin.acquisition.scoring;

import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.event.LeadQualified;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadInteractionRepository;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.support.AcquisitionSettings;
import dev.rapport.plugin.acquisition.support.Products;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Keeps leads' scores up to date: recalculates a lead's score whenever the lead, its responses or its contacts
 * change (in the same transaction), explains it line by line, and qualifies an open lead whose score reaches the
 * threshold. Managers set the rules and the threshold.
 */
public final class ScoringService {

    private final PluginContext context;
    private final AcquisitionSettings settings;

    public ScoringService(PluginContext context, AcquisitionSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    /** Recalculates and stores the score of {@code leadId} in {@code tx}; qualifies the lead when it reaches the threshold. */
    public Score recalculate(DSLContext tx, long leadId) {
        return recalculate(tx, leadId, Products.of(context.customers()), new ScoringRuleRepository(tx).active(),
                settings.qualificationThreshold());
    }

    private Score recalculate(DSLContext tx, long leadId, Products products, List<ScoringRule> rules, int threshold) {
        LeadRepository leads = new LeadRepository(tx);
        Lead lead = leads.get(leadId);
        LeadFacts facts = new LeadFacts(lead, products.codes(leads.productIds(leadId)),
                new ResponseRepository(tx).typesForLead(leadId), new LeadInteractionRepository(tx).forLead(leadId));
        Score score = LeadScorer.score(facts, rules);
        leads.setScore(leadId, score.total());
        new ScoreLineRepository(tx).replace(leadId, score.lines());
        boolean reachable = lead.status() == LeadStatus.NEW || lead.status() == LeadStatus.CONTACTED;
        if (reachable && score.total() >= threshold) {
            leads.setStatus(leadId, LeadStatus.QUALIFIED, null, context.clock().instant());
            context.events().publish(tx, new LeadQualified(null, leadId, score.total(), true));
        }
        return score;
    }

    /** Why the lead has its score. */
    public List<ScoreLine> explanation(long leadId) {
        return new ScoreLineRepository(context.dsl()).forLead(leadId);
    }

    public int threshold() {
        return settings.qualificationThreshold();
    }

    public List<ScoringRule> rules() {
        return new ScoringRuleRepository(context.dsl()).all();
    }

    /** Saves a new rule (id 0) or changes one; managers only. Scores change at the leads' next recalculation. */
    public void save(ScoringRule rule) {
        context.security().requireRole(Role.MANAGER, "change scoring rules");
        validate(rule);
        ScoringRuleRepository repository = new ScoringRuleRepository(context.dsl());
        if (rule.id() == 0) {
            repository.insert(rule, context.clock().instant());
        } else if (!repository.update(rule)) {
            throw new NotFoundException("Scoring rule", rule.id());
        }
    }

    public void delete(long ruleId) {
        context.security().requireRole(Role.MANAGER, "delete scoring rules");
        if (!new ScoringRuleRepository(context.dsl()).delete(ruleId)) {
            throw new NotFoundException("Scoring rule", ruleId);
        }
    }

    public void setThreshold(int threshold) {
        context.security().requireRole(Role.MANAGER, "change the qualification threshold");
        settings.setQualificationThreshold(threshold);
    }

    /**
     * Recalculates every open lead under the current rules (after the rules changed), a page of leads per
     * transaction; managers only.
     *
     * @return how many leads were recalculated
     */
    public int recalculateOpenLeads() {
        context.security().requireRole(Role.MANAGER, "recalculate scores");
        Products products = Products.of(context.customers());
        List<ScoringRule> rules = new ScoringRuleRepository(context.dsl()).active();
        int threshold = settings.qualificationThreshold();
        int done = 0;
        long after = 0;
        while (true) {
            List<Long> page = new LeadRepository(context.dsl()).openIdsAfter(after, 200);
            if (page.isEmpty()) {
                return done;
            }
            context.dsl().transaction(configuration -> page.forEach(id ->
                    recalculate(configuration.dsl(), id, products, rules, threshold)));
            done += page.size();
            after = page.getLast();
        }
    }

    static void validate(ScoringRule rule) {
        List<FieldError> errors = new ArrayList<>();
        if (rule.kind() == null) {
            errors.add(FieldError.of("kind", "acquisition.validation.required"));
        } else if (rule.kind() == RuleKind.FIELD_VALUE && rule.field() == null) {
            errors.add(FieldError.of("field", "acquisition.validation.required"));
        }
        if (rule.points() == 0 || Math.abs(rule.points()) > 1000) {
            errors.add(FieldError.of("points", "acquisition.validation.points", 1000));
        }
        if (rule.maxPoints() != null && (rule.kind() == RuleKind.FIELD_VALUE
                || Integer.signum(rule.maxPoints()) != Integer.signum(rule.points())
                || Math.abs(rule.maxPoints()) < Math.abs(rule.points()))) {
            errors.add(FieldError.of("maxPoints", "acquisition.validation.maxPoints"));
        }
        if (rule.matchValue() != null && rule.matchValue().length() > 200) {
            errors.add(FieldError.of("matchValue", "acquisition.validation.tooLong", 200));
        }
        ValidationException.throwIfAny(errors);
    }
}
