package dev.rapport.plugin.service.request;

/** What an entry of a request's history records. */
public enum HistoryKind {
    OPENED,
    STATUS,
    PRIORITY,
    AGREEMENT,
    ASSIGNED,
    NOTE,
    REPLY,
    CUSTOMER_REPLY,
    CLOCK_PAUSED,
    CLOCK_RESUMED,
    TIME_LOGGED,
    WARNING,
    BREACH,
    ESCALATED,
    MERGED,
    MERGED_IN,
    RMA
}
