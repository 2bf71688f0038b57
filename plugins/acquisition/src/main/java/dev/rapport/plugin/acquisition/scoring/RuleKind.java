package dev.rapport.plugin.acquisition.scoring;

/** What a scoring rule gives points for. */
public enum RuleKind {
    /** A field of the lead has a value (or any value). */
    FIELD_VALUE,
    /** Each campaign response of a type (or of any type). */
    CAMPAIGN_RESPONSE,
    /** Each contact on a channel and in a direction (or any). */
    INTERACTION
}
