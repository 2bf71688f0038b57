package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadFilter;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadSort;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.security.Role;
import java.util.List;

/**
 * Fills a campaign's target list from a segment: walks the kernel segment's members (through the SDK) or leads page by
 * page and adds those not on the list yet, up to {@value #MAX_TARGETS} targets per campaign. Adding never removes
 * anyone, so responses already recorded keep their targets.
 */
public final class TargetListBuilder {

    public static final int MAX_TARGETS = 10_000;
    private static final int PAGE = 500;

    private final PluginContext context;

    public TargetListBuilder(PluginContext context) {
        this.context = context;
    }

    /** What adding targets did. */
    public record Result(int added, int total, boolean limitReached) {
    }

    public Result addFromSegment(long campaignId, SegmentAudience audience, long segmentId) {
        context.security().requireRole(Role.MANAGER, "build target lists");
        Campaign campaign = new CampaignRepository(context.dsl()).get(campaignId);
        Segment segment = new SegmentService(context).get(audience, segmentId);
        new CampaignRepository(context.dsl()).setSegment(campaign.id(), audience, segmentId);
        int before = new TargetRepository(context.dsl()).count(campaignId);
        int total = before;
        if (audience == SegmentAudience.CUSTOMERS) {
            long after = 0;
            while (total < MAX_TARGETS) {
                // The kernel's filter holds the consent condition: every member may be addressed.
                List<CustomerInfo> page = context.segments().members(segmentId, after, PAGE);
                total = add(campaignId, total, page.stream()
                        .map(customer -> new Candidate(customer.id(), null, customer.displayName(), customer.primaryEmail()))
                        .toList());
                if (page.size() < PAGE) {
                    break;
                }
                after = page.getLast().id();
            }
        } else {
            LeadFilter filter = new LeadFilter(null, segment.leadStatuses(), null, false, null, segment.leadSource(),
                    null, segment.minScore());
            Lead after = null;
            while (total < MAX_TARGETS) {
                List<Lead> page = new LeadRepository(context.dsl()).page(filter, LeadSort.NEWEST_FIRST, after, PAGE);
                total = add(campaignId, total, page.stream().filter(lead -> !segment.consentOnly() || lead.marketingConsent())
                        .map(lead -> new Candidate(null, lead.id(), lead.displayName(), lead.email())).toList());
                if (page.size() < PAGE) {
                    break;
                }
                after = page.getLast();
            }
        }
        return new Result(total - before, total, total >= MAX_TARGETS);
    }

    private record Candidate(Long customerId, Long leadId, String displayName, String email) {
    }

    /** Adds a page of candidates in one transaction, up to the limit; returns the new total. */
    private int add(long campaignId, int total, List<Candidate> candidates) {
        return context.dsl().transactionResult(configuration -> {
            TargetRepository targets = new TargetRepository(configuration.dsl());
            int count = total;
            for (Candidate candidate : candidates) {
                if (count >= MAX_TARGETS) {
                    break;
                }
                if (targets.add(campaignId, candidate.customerId(), candidate.leadId(), candidate.displayName(),
                        candidate.email(), context.clock().instant())) {
                    count++;
                }
            }
            return count;
        });
    }

    public List<CampaignTarget> targets(long campaignId, CampaignTarget after, int limit) {
        return new TargetRepository(context.dsl()).page(campaignId, after, Math.min(limit, 500));
    }
}
