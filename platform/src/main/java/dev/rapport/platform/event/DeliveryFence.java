package dev.rapport.platform.event;

import org.jooq.Condition;

/**
 * Whether a listener worker may still deliver events and save its position: only while its node leads the dispatch.
 * Called on the worker's thread.
 */
interface DeliveryFence {

    /**
     * A check without the database: the lease lasts long enough that a delivery started now ends before another node
     * may take over. Holds even when the node's leadership thread hangs.
     */
    boolean open();

    /** What a position update must also meet: the lease is still held by this node with the same token. */
    Condition held();
}
