package dev.rapport.sdk;

/**
 * What {@link PluginContext#makeDemoDataOnce(Runnable)} did.
 *
 * @since 1.3.0
 */
public enum DemoDataOutcome {

    /** This call made the demo data: the maker returned normally. */
    MADE,

    /**
     * This call claimed the demo data and the maker threw: what it wrote before the failure stays, the failure is
     * logged as a warning and recorded, and no later start makes the demo data again.
     */
    FAILED,

    /**
     * Nothing was done: the demo data was made before (or failed), or another call (another thread, or another
     * node of a cluster starting at the same time) holds the claim and is making it.
     */
    CLAIMED_BEFORE
}
