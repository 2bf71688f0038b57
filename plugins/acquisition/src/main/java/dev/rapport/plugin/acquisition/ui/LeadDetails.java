package dev.rapport.plugin.acquisition.ui;

import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadInteraction;
import dev.rapport.plugin.acquisition.scoring.ScoreLine;
import java.util.List;
import java.util.Map;

/**
 * Everything the lead detail view shows, gathered by its presenter.
 *
 * @param userNames display names of the users the view mentions, by id
 * @param customerName the name of the customer the lead became, or null
 * @param canEdit whether the acting user may work this lead
 * @param canAssignOthers whether they may give it to someone else
 */
public record LeadDetails(Lead lead, List<String> products, String campaignName, String departmentName,
                          Map<Long, String> userNames, int threshold, List<ScoreLine> scoreLines,
                          List<LeadInteraction> interactions, List<ResponseRepository.Named> responses,
                          String customerName, String duplicateLeadName, String duplicateCustomerName, boolean canEdit,
                          boolean canAssignOthers) {

    public String userName(Long userId) {
        return userId == null ? "" : userNames.getOrDefault(userId, "#" + userId);
    }
}
