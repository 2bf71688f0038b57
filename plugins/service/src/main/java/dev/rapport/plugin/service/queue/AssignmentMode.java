package dev.rapport.plugin.service.queue;

/** How a queue hands new requests to its agents. */
public enum AssignmentMode {
    /** Nobody automatically: agents take requests or a manager assigns them. */
    MANUAL,
    /** The members in turn, by user id, continuing after the last one given a request. */
    ROUND_ROBIN,
    /** The members whose skills include the request's category, in turn; nobody when no member has the skill. */
    SKILL
}
