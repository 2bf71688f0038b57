package dev.rapport.plugin.acquisition.campaign;

/** Whom a segment selects. */
public enum SegmentAudience {
    CUSTOMERS, LEADS
}
