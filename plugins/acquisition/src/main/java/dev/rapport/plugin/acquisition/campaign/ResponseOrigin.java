package dev.rapport.plugin.acquisition.campaign;

/** How a campaign response reached Rapport. */
public enum ResponseOrigin {
    MANUAL, IMPORT, WEB_FORM
}
