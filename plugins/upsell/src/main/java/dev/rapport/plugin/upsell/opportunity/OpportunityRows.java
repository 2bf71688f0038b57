package dev.rapport.plugin.upsell.opportunity;

import dev.rapport.plugin.upsell.db.tables.records.UpsOpportunityRecord;

/** Maps the plugin's opportunity rows to domain records. */
final class OpportunityRows {

    private OpportunityRows() {
    }

    static Opportunity toOpportunity(UpsOpportunityRecord r) {
        return new Opportunity(r.getId(), r.getPipelineId(), r.getStageId(), r.getCustomerId(), r.getTitle(),
                r.getAmount(), r.getCurrency(), r.getAmountRep(), r.getProbability(), r.getExpectedClose(),
                r.getOwnerId(), OpportunityStatus.valueOf(r.getStatus()), r.getReason(), Origin.valueOf(r.getOrigin()),
                r.getFiringId(), r.getProductId(), r.getCreatedAt(), r.getClosedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
