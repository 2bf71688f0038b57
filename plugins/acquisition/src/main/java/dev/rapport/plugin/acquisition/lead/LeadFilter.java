package dev.rapport.plugin.acquisition.lead;

import java.util.Set;

/**
 * Which leads the list shows; every part is optional.
 *
 * @param text part of the name, or the start of the email address
 * @param unassigned only leads nobody owns (then {@code ownerId} is ignored)
 */
public record LeadFilter(String text, Set<LeadStatus> statuses, Long ownerId, boolean unassigned, Long departmentId,
                         LeadSource source, Long campaignId, Integer minScore) {

    public static final LeadFilter ALL = new LeadFilter(null, Set.of(), null, false, null, null, null, null);

    public LeadFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public LeadFilter withText(String value) {
        return new LeadFilter(value, statuses, ownerId, unassigned, departmentId, source, campaignId, minScore);
    }

    public LeadFilter withStatuses(Set<LeadStatus> value) {
        return new LeadFilter(text, value, ownerId, unassigned, departmentId, source, campaignId, minScore);
    }

    public LeadFilter withOwner(Long value, boolean onlyUnassigned) {
        return new LeadFilter(text, statuses, value, onlyUnassigned, departmentId, source, campaignId, minScore);
    }

    public LeadFilter withSource(LeadSource value) {
        return new LeadFilter(text, statuses, ownerId, unassigned, departmentId, value, campaignId, minScore);
    }

    public LeadFilter withCampaign(Long value) {
        return new LeadFilter(text, statuses, ownerId, unassigned, departmentId, source, value, minScore);
    }

    public LeadFilter withMinScore(Integer value) {
        return new LeadFilter(text, statuses, ownerId, unassigned, departmentId, source, campaignId, value);
    }
}
