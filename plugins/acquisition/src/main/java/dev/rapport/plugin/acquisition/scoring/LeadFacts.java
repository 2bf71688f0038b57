package dev.rapport.plugin.acquisition.scoring;

import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadInteraction;
import java.util.List;
import java.util.Set;

/** Everything the scoring rules look at: the lead, the codes of its products, its responses and contacts. */
public record LeadFacts(Lead lead, Set<String> productCodes, List<ResponseType> responses,
                        List<LeadInteraction> interactions) {

    public LeadFacts {
        productCodes = Set.copyOf(productCodes);
        responses = List.copyOf(responses);
        interactions = List.copyOf(interactions);
    }
}
