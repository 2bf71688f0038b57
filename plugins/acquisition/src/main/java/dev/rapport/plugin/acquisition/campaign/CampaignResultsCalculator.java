package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.RevenueTotal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes a campaign's results from its targets, responses and leads (bounded queries over one campaign) and the
 * revenue of the customers its leads became (the kernel's transaction totals, through the SDK, from the campaign's
 * first day until now).
 */
public final class CampaignResultsCalculator {

    /** The SDK's limit of customers per revenue query. */
    private static final int REVENUE_BATCH = 1000;

    private final PluginContext context;

    public CampaignResultsCalculator(PluginContext context) {
        this.context = context;
    }

    public CampaignResults results(long campaignId) {
        Campaign campaign = new CampaignRepository(context.dsl()).get(campaignId);
        long targets = new TargetRepository(context.dsl()).count(campaignId);
        ResponseRepository responses = new ResponseRepository(context.dsl());
        Map<ResponseType, Long> byType = responses.countsByType(campaignId);
        long responseCount = byType.values().stream().mapToLong(Long::longValue).sum();
        long responders = responses.responders(campaignId);
        LeadRepository leads = new LeadRepository(context.dsl());
        LeadRepository.CampaignLeadCounts counts = leads.countsForCampaign(campaignId);
        Map<String, BigDecimal> revenueByCurrency = revenue(campaign, leads.convertedCustomerIds(campaignId));
        BigDecimal revenue = revenueByCurrency.getOrDefault(campaign.currency(), BigDecimal.ZERO);
        List<RevenueTotal> other = new ArrayList<>();
        revenueByCurrency.forEach((currency, amount) -> {
            if (!currency.equals(campaign.currency())) {
                other.add(new RevenueTotal(currency, amount, 0));
            }
        });
        BigDecimal cost = campaign.actualCost();
        return new CampaignResults(targets, responseCount, responders, byType, ratio(responders, targets),
                counts.leads(), counts.qualified(), counts.converted(), revenue, other, cost, campaign.budget(),
                campaign.currency(),
                counts.converted() == 0 ? null : cost.divide(BigDecimal.valueOf(counts.converted()), 2, RoundingMode.HALF_UP),
                cost.signum() == 0 ? null : revenue.subtract(cost).divide(cost, 4, RoundingMode.HALF_UP));
    }

    private Map<String, BigDecimal> revenue(Campaign campaign, List<Long> customerIds) {
        Instant from = campaign.startsOn().atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = context.clock().instant();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (int start = 0; start < customerIds.size() && from.isBefore(to); start += REVENUE_BATCH) {
            List<Long> batch = customerIds.subList(start, Math.min(customerIds.size(), start + REVENUE_BATCH));
            for (RevenueTotal total : context.customers().revenue(batch, from, to)) {
                totals.merge(total.currency(), total.amount(), BigDecimal::add);
            }
        }
        return totals;
    }

    private static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
