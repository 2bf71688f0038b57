package dev.rapport.plugin.upsell.opportunity;

/** How an opportunity came about: entered by hand, opened by a trigger rule, or an accepted offer. */
public enum Origin {
    MANUAL, RULE, OFFER
}
