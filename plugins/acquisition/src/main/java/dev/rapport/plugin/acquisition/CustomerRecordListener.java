package dev.rapport.plugin.acquisition;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_HANDLED_EVENT;

import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.campaign.TargetRepository;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.CustomerDeleted;
import dev.rapport.sdk.event.CustomerMerged;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import org.jooq.DSLContext;
import org.pf4j.Extension;

/**
 * Keeps the plugin's references to customers right when the kernel merges two: converted leads, campaign targets
 * and responses of the merged customer move to the surviving one (a target the survivor has already stays with the
 * merged id, as history); and forgets a deleted customer ({@link CustomerErasure}). Idempotent: the event's sequence
 * is remembered in the same transaction.
 */
@Extension
public final class CustomerRecordListener implements DomainEventListener {

    private final PluginContext context;

    public CustomerRecordListener(PluginContext context) {
        this.context = context;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == CustomerMerged.class || type == CustomerDeleted.class;
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        if (!(event instanceof CustomerMerged) && !(event instanceof CustomerDeleted)) {
            return;
        }
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            int first = tx.insertInto(ACQ_HANDLED_EVENT).set(ACQ_HANDLED_EVENT.SEQUENCE, metadata.sequence())
                    .set(ACQ_HANDLED_EVENT.HANDLED_AT, Times.stored(context.clock().instant())).onDuplicateKeyIgnore()
                    .execute();
            if (first == 0) {
                return;
            }
            if (event instanceof CustomerMerged merged) {
                new LeadRepository(tx).moveCustomer(merged.mergedId(), merged.customerId());
                new TargetRepository(tx).moveCustomer(merged.mergedId(), merged.customerId());
                new ResponseRepository(tx).moveCustomer(merged.mergedId(), merged.customerId());
            } else if (event instanceof CustomerDeleted deleted) {
                new CustomerErasure(tx).erase(deleted.customerId());
            }
        });
    }
}
