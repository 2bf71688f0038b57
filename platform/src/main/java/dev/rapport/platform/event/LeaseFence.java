package dev.rapport.platform.event;

import dev.rapport.platform.persistence.Lease;
import dev.rapport.platform.persistence.LeaseStore;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The fence of a dispatcher's workers: the dispatcher's lease as last renewed, open while enough of its term is left. */
final class LeaseFence implements DeliveryFence {

    private final LeaseStore leases;
    private final Supplier<Lease> lease;
    private final Predicate<Lease> inTime;

    /**
     * @param lease the lease as the node last took or renewed it; null while it does not lead
     * @param inTime whether enough of a lease's term is left for the workers to stop before it ends
     */
    LeaseFence(LeaseStore leases, Supplier<Lease> lease, Predicate<Lease> inTime) {
        this.leases = leases;
        this.lease = lease;
        this.inTime = inTime;
    }

    @Override
    public boolean open() {
        Lease held = lease.get();
        return held != null && inTime.test(held);
    }

    @Override
    public Condition held() {
        Lease held = lease.get();
        return held == null ? DSL.falseCondition() : leases.stillHeld(held);
    }
}
