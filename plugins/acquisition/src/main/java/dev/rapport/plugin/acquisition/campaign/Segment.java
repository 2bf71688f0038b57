package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.sdk.customer.LifecycleStage;
import java.util.Set;

/**
 * A saved filter a campaign draws its targets from: customers (by name, stage, owner, tag) or leads (by status,
 * source, score); optionally only those who agreed to receive marketing. Parts that do not apply to the audience
 * are ignored.
 */
public record Segment(long id, String name, SegmentAudience audience, String namePrefix, Set<LifecycleStage> stages,
                      Long ownerId, String tag, boolean consentOnly, Set<LeadStatus> leadStatuses,
                      LeadSource leadSource, Integer minScore) {

    public Segment {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        leadStatuses = leadStatuses == null ? Set.of() : Set.copyOf(leadStatuses);
    }
}
