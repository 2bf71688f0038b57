package dev.rapport.plugin.acquisition.campaign;

/** The ways a campaign reaches its targets. */
public enum CampaignChannel {
    EMAIL, DIRECT_MAIL, PHONE, EVENT, WEB, SOCIAL_MEDIA, PRINT
}
