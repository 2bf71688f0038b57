package dev.rapport.platform.customer.bulk;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerRemoval;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one change to many customers: each customer in a transaction of its own, through the same rules, events
 * and audit entries as a single save or delete, so a customer is changed whole or not at all and a refused one
 * (permissions are checked per customer) does not hold back the others. Ends with one audit entry that sums up.
 *
 * <p>Thread-safe; a background run calls {@link #apply} on a thread of its own.
 */
public final class CustomerBulkActions {

    /** The number of customers read per batch. */
    static final int BATCH = 200;
    /** How far a selection is counted before it says "at least". */
    public static final int COUNT_BOUND = 10_000;
    private static final Logger log = LoggerFactory.getLogger(CustomerBulkActions.class);

    private final DSLContext dsl;
    private final CustomerService customers;
    private final CustomerRemoval removal;
    private final AuditLog audit;

    public CustomerBulkActions(DSLContext dsl, CustomerService customers, CustomerRemoval removal, AuditLog audit) {
        this.dsl = dsl;
        this.customers = customers;
        this.removal = removal;
        this.audit = audit;
    }

    /** How many customers the selection holds, exact up to {@link #COUNT_BOUND}. */
    public CustomerService.CappedCount size(CustomerSelection selection) {
        return switch (selection) {
            case CustomerSelection.Chosen chosen -> new CustomerService.CappedCount(chosen.ids().size(), false);
            case CustomerSelection.Matching matching -> customers.count(matching.filter(), COUNT_BOUND);
        };
    }

    /** Applies {@code change} to every selected customer as {@code actor}, reporting to {@code progress}. */
    public BulkOutcome apply(CustomerSelection selection, BulkChange change, Actor actor, BulkProgress progress) {
        CustomerService.CappedCount size = size(selection);
        long total = size.atLeast() ? 0 : size.value();
        Tally tally = new Tally();
        progress.progress(0, total);
        switch (selection) {
            case CustomerSelection.Chosen chosen -> {
                List<Long> ids = chosen.ids();
                for (int from = 0; from < ids.size() && !progress.isCancelled(); from += BATCH) {
                    applyToBatch(customers.records(ids.subList(from, Math.min(ids.size(), from + BATCH))), change,
                            actor, tally, progress, total);
                    // Chosen customers that are gone by now were not read: refuse them too.
                    ids.subList(from, Math.min(ids.size(), from + BATCH)).stream().filter(tally::notSeen)
                            .forEach(id -> tally.refuse(id, "", BulkOutcome.Reason.GONE));
                }
            }
            case CustomerSelection.Matching matching -> {
                CustomerSummary after = null;
                while (!progress.isCancelled()) {
                    List<CustomerSummary> page = customers.list(matching.filter(), CustomerSort.NAME_ASCENDING, after, BATCH);
                    if (page.isEmpty()) {
                        break;
                    }
                    applyToBatch(customers.records(page.stream().map(CustomerSummary::id).toList()), change, actor, tally,
                            progress, total);
                    after = page.getLast();
                }
            }
        }
        BulkOutcome outcome = new BulkOutcome(tally.changed, tally.unchanged, tally.refused, progress.isCancelled());
        audit.record(actor, AuditAction.CUSTOMERS_BULK_CHANGED, "customer", null, describe(change) + ": "
                + outcome.changed() + " changed, " + outcome.unchanged() + " unchanged, " + outcome.refused().size()
                + " refused" + (outcome.cancelled() ? ", cancelled" : ""));
        return outcome;
    }

    private void applyToBatch(List<Customer> batch, BulkChange change, Actor actor, Tally tally, BulkProgress progress,
                              long total) {
        for (Customer customer : batch) {
            if (progress.isCancelled()) {
                return;
            }
            tally.seen.add(customer.id());
            try {
                if (applyTo(customer, change, actor)) {
                    tally.changed++;
                } else {
                    tally.unchanged++;
                }
            } catch (AccessDeniedException e) {
                tally.refuse(customer.id(), customer.displayName(), BulkOutcome.Reason.NOT_ALLOWED);
            } catch (NotFoundException e) {
                tally.refuse(customer.id(), customer.displayName(), BulkOutcome.Reason.GONE);
            } catch (ValidationException e) {
                tally.refuse(customer.id(), customer.displayName(), BulkOutcome.Reason.INVALID);
            } catch (ConcurrentEditException e) {
                tally.refuse(customer.id(), customer.displayName(), BulkOutcome.Reason.EDITED_CONCURRENTLY);
            }
            progress.progress(tally.seen.size(), total);
        }
    }

    /** Changes one customer in a transaction of its own; false when it needed no change. */
    private boolean applyTo(Customer customer, BulkChange change, Actor actor) {
        if (change instanceof BulkChange.Delete) {
            removal.delete(customer.id(), actor);
            return true;
        }
        CustomerDraft changed = changed(customer.details(), change);
        if (changed.equals(customer.details())) {
            return false;
        }
        return !dsl.transactionResult(configuration -> customers.update(configuration.dsl(), customer.id(),
                customer.version(), changed, actor)).isEmpty();
    }

    private static CustomerDraft changed(CustomerDraft d, BulkChange change) {
        Set<String> tags = new LinkedHashSet<>(d.tags());
        Long owner = d.ownerId();
        var stage = d.stage();
        switch (change) {
            case BulkChange.AssignOwner assign -> owner = assign.ownerId();
            case BulkChange.AddTag add -> tags.add(add.tag().strip());
            case BulkChange.RemoveTag remove -> tags.remove(remove.tag().strip());
            case BulkChange.ChangeStage move -> stage = move.stage();
            case BulkChange.Delete delete -> throw new IllegalArgumentException("A deletion changes no details");
        }
        return new CustomerDraft(d.kind(), d.firstName(), d.lastName(), d.organisationName(), stage, owner,
                d.preferredLanguage(), d.currency(), d.timeZone(), d.marketingConsent(), d.emails(), d.phones(),
                d.addresses(), tags, d.notes());
    }

    private static String describe(BulkChange change) {
        return switch (change) {
            case BulkChange.AssignOwner assign -> "assign owner " + assign.ownerId();
            case BulkChange.AddTag add -> "add tag " + add.tag();
            case BulkChange.RemoveTag remove -> "remove tag " + remove.tag();
            case BulkChange.ChangeStage move -> "change stage to " + move.stage();
            case BulkChange.Delete delete -> "delete";
        };
    }

    /** The counts of one run. */
    private static final class Tally {
        private final Set<Long> seen = new java.util.HashSet<>();
        private final List<BulkOutcome.Refusal> refused = new ArrayList<>();
        private int changed;
        private int unchanged;

        boolean notSeen(long id) {
            return !seen.contains(id);
        }

        void refuse(long id, String displayName, BulkOutcome.Reason reason) {
            seen.add(id);
            refused.add(new BulkOutcome.Refusal(id, displayName, reason));
            log.debug("Bulk change refused for customer {}: {}", id, reason);
        }
    }
}
