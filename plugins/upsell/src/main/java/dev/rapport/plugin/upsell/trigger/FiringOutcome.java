package dev.rapport.plugin.upsell.trigger;

/**
 * What became of a firing: FIRED (it acted, the follow-up is open), COOLING (matched within the cool-down, nothing
 * done), DONE (its task was done), WON or LOST (its opportunity closed).
 */
public enum FiringOutcome {
    FIRED, COOLING, DONE, WON, LOST
}
