package dev.rapport.plugin.scorecard.model;

/** A KPI's traffic light against its target; NONE when there is no target or no value to compare. */
public enum Light {
    GREEN,
    AMBER,
    RED,
    NONE
}
