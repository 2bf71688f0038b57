package dev.rapport.plugin.acquisition.campaign;

/** The follow-ups a campaign needs for the people who responded. */
public enum FulfilmentKind {
    SEND_MATERIAL, CALL_BACK, INVITE
}
