package dev.rapport.plugin.acquisition.campaign;

/** Where a campaign stands, from its period. */
public enum CampaignPhase {
    PLANNED, RUNNING, ENDED
}
