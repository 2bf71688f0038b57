package dev.rapport.plugin.acquisition.campaign;

import java.time.LocalDate;

/** Something a campaign plans to do on a day (send the mailing, hold the event), and whether it was done. */
public record CampaignActivity(long id, long campaignId, String title, CampaignChannel channel, LocalDate plannedOn,
                               boolean done) {
}
