package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.sdk.customer.RevenueTotal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How a campaign did. Rates are fractions (0.25 = 25 %); figures that divide by zero are null.
 *
 * @param responders targets who responded at least once
 * @param responseRate responders per target
 * @param leads leads that came from the campaign
 * @param qualified of those, leads that were qualified at some point
 * @param conversions of those, leads that became customers
 * @param revenue revenue in the campaign's currency from the converted customers since the campaign started
 * @param otherRevenue their revenue in other currencies (never added up with {@code revenue})
 * @param costPerAcquisition actual cost per conversion
 * @param roi return on investment: (revenue - actual cost) / actual cost
 */
public record CampaignResults(long targets, long responses, long responders, Map<ResponseType, Long> responsesByType,
                              BigDecimal responseRate, long leads, long qualified, long conversions, BigDecimal revenue,
                              List<RevenueTotal> otherRevenue, BigDecimal actualCost, BigDecimal budget, String currency,
                              BigDecimal costPerAcquisition, BigDecimal roi) {

    public CampaignResults {
        responsesByType = Map.copyOf(responsesByType);
        otherRevenue = List.copyOf(otherRevenue);
    }
}
