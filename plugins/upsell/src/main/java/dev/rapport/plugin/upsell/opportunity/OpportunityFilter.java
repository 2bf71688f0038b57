package dev.rapport.plugin.upsell.opportunity;

/** What the opportunity list shows: a status, and optionally one pipeline, one owner or one customer. */
public record OpportunityFilter(OpportunityStatus status, Long pipelineId, Long ownerId, Long customerId) {
}
