package dev.rapport.plugin.acquisition.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A marketing campaign: what it wants, how and when it reaches whom, and what it may cost and did cost (exact
 * amounts in {@code currency}).
 *
 * @param departmentId the department running it (its scorecard figures), or null
 * @param segmentId the lead segment its targets were last drawn from, or null
 * @param customerSegmentId the kernel's customer segment its targets were last drawn from, or null
 */
public record Campaign(long id, String name, String objective, Set<CampaignChannel> channels, LocalDate startsOn,
                       LocalDate endsOn, BigDecimal budget, BigDecimal actualCost, String currency, Long departmentId,
                       Long segmentId, Long customerSegmentId, int version) {

    public Campaign {
        channels = Set.copyOf(channels);
    }

    /** Where the campaign stands on {@code today}. */
    public CampaignPhase phase(LocalDate today) {
        if (today.isBefore(startsOn)) {
            return CampaignPhase.PLANNED;
        }
        return today.isAfter(endsOn) ? CampaignPhase.ENDED : CampaignPhase.RUNNING;
    }
}
