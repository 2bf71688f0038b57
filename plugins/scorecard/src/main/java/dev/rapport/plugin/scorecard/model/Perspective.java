package dev.rapport.plugin.scorecard.model;

/** The four perspectives of a balanced scorecard, bottom to top on the strategy map: learning feeds processes, processes customers, customers finance. */
public enum Perspective {
    FINANCIAL,
    CUSTOMER,
    INTERNAL_PROCESS,
    LEARNING_AND_GROWTH
}
