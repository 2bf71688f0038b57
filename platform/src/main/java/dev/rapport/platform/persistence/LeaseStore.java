package dev.rapport.platform.persistence;

import static dev.rapport.platform.internal.db.Tables.LEASE;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leases in the database: who does a piece of work that one node of a cluster does at a time. A lease is taken only
 * when it is free or has ended, renewed by its holder before it ends, and released when the holder stops. Time is the
 * injected clock's: the nodes' clocks must agree to well within a lease's term.
 *
 * <p>Every method runs its own short transaction and may be called from any thread. Taking a lease that another
 * node takes at the same moment fails for one of the two (on Galera by a certification conflict): that one gets
 * nothing and tries again later.
 */
public final class LeaseStore {

    private static final Logger log = LoggerFactory.getLogger(LeaseStore.class);

    private final DSLContext dsl;
    private final Clock clock;

    public LeaseStore(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Takes the lease {@code name} for {@code holder} for {@code term} when nobody holds it or its term has ended;
     * every take gets a larger token than the one before.
     *
     * @return the lease, or empty when another holds it (or took it at the same moment)
     * @throws DataAccessException when the database cannot be reached
     */
    public Optional<Lease> acquire(String name, String holder, Duration term) {
        try {
            return dsl.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                Instant now = clock.instant();
                Lease lease;
                var current = tx.select(LEASE.TOKEN, LEASE.EXPIRES_AT).from(LEASE).where(LEASE.NAME.eq(name))
                        .forUpdate().fetchOptional();
                if (current.isEmpty()) {
                    lease = new Lease(name, holder, 1, now.plus(term));
                    int inserted = tx.insertInto(LEASE).set(LEASE.NAME, name).set(LEASE.HOLDER, holder)
                            .set(LEASE.TOKEN, lease.token()).set(LEASE.EXPIRES_AT, lease.expiresAt())
                            .onDuplicateKeyIgnore().execute();
                    return inserted == 1 ? Optional.of(lease) : Optional.<Lease>empty();
                }
                if (current.get().value2().isAfter(now)) {
                    return Optional.<Lease>empty();
                }
                lease = new Lease(name, holder, current.get().value1() + 1, now.plus(term));
                tx.update(LEASE).set(LEASE.HOLDER, holder).set(LEASE.TOKEN, lease.token())
                        .set(LEASE.EXPIRES_AT, lease.expiresAt()).where(LEASE.NAME.eq(name)).execute();
                return Optional.of(lease);
            });
        } catch (DataAccessException e) {
            if (e.sqlStateClass() == SQLStateClass.C40_TRANSACTION_ROLLBACK) {
                log.debug("Another node took the lease {} at the same moment: {}", name, e.getMessage());
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Extends {@code lease} to {@code term} from now, if its holder still holds it with the same token and it has
     * not ended.
     *
     * @return the extended lease, or empty when it was lost (ended, or taken by another)
     * @throws DataAccessException when the database cannot be reached: the lease may still be held
     */
    public Optional<Lease> renew(Lease lease, Duration term) {
        Instant now = clock.instant();
        Lease renewed = new Lease(lease.name(), lease.holder(), lease.token(), now.plus(term));
        int updated = ConflictRetry.run("renew the lease " + lease.name(), () -> dsl.update(LEASE)
                .set(LEASE.EXPIRES_AT, renewed.expiresAt()).where(held(lease, now)).execute());
        return updated == 1 ? Optional.of(renewed) : Optional.empty();
    }

    /**
     * Ends {@code lease}, if it is still held, so that another can take it at once: its end is set to the epoch, not
     * to this node's now, so that a node whose clock runs behind does not see it held until its own now catches up.
     */
    public void release(Lease lease) {
        ConflictRetry.run("release the lease " + lease.name(), () -> dsl.update(LEASE)
                .set(LEASE.EXPIRES_AT, Instant.EPOCH).where(held(lease, clock.instant())).execute());
    }

    /**
     * A condition that holds while {@code lease} is still held by its holder with its token and has not ended: a
     * write fenced by the lease adds it to its {@code WHERE} and finds no row once the lease is lost.
     */
    public Condition stillHeld(Lease lease) {
        return DSL.exists(DSL.selectOne().from(LEASE).where(held(lease, clock.instant())));
    }

    private static Condition held(Lease lease, Instant now) {
        return LEASE.NAME.eq(lease.name()).and(LEASE.HOLDER.eq(lease.holder())).and(LEASE.TOKEN.eq(lease.token()))
                .and(LEASE.EXPIRES_AT.gt(now));
    }
}
