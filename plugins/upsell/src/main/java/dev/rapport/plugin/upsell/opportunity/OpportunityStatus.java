package dev.rapport.plugin.upsell.opportunity;

/** Where an opportunity stands: still in a stage, or closed as won or lost. */
public enum OpportunityStatus {
    OPEN, WON, LOST
}
