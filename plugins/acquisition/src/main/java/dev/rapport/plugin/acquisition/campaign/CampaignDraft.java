package dev.rapport.plugin.acquisition.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What a manager enters for a campaign, before validation. */
public record CampaignDraft(String name, String objective, Set<CampaignChannel> channels, LocalDate startsOn,
                            LocalDate endsOn, BigDecimal budget, BigDecimal actualCost, Long departmentId) {

    public CampaignDraft {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    public static CampaignDraft of(Campaign campaign) {
        return new CampaignDraft(campaign.name(), campaign.objective(), campaign.channels(), campaign.startsOn(),
                campaign.endsOn(), campaign.budget(), campaign.actualCost(), campaign.departmentId());
    }
}
