package dev.rapport.plugin.upsell.trigger;

/** What a rule does when it fires: a task (for the owner or a department's queue), an opportunity, or a tag. */
public enum RuleAction {
    TASK, OPPORTUNITY, TAG
}
