package dev.rapport.plugin.acquisition.lead;

/** Where a lead came from. */
public enum LeadSource {
    CAMPAIGN, WEB_FORM, REFERRAL, IMPORT, TRADE_SHOW, PHONE_INQUIRY, OTHER
}
