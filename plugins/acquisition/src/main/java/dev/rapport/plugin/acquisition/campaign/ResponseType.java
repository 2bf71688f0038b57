package dev.rapport.plugin.acquisition.campaign;

/** How a target reacted to a campaign. */
public enum ResponseType {
    OPENED, REPLIED, ATTENDED, PURCHASED, UNSUBSCRIBED
}
