package dev.rapport.plugin.acquisition.lead;

/** Orders of the lead list, each backed by an index so that any page is an index range. */
public enum LeadSort {
    NEWEST_FIRST, HIGHEST_SCORE
}
