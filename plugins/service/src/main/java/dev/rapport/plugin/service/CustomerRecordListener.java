package dev.rapport.plugin.service;

import static dev.rapport.plugin.service.db.Tables.SVC_AGREEMENT;
import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;
import static dev.rapport.plugin.service.db.Tables.SVC_RMA;
import static dev.rapport.plugin.service.db.Tables.SVC_SURVEY;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.CustomerDeleted;
import dev.rapport.sdk.event.CustomerMerged;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import org.jooq.DSLContext;
import org.pf4j.Extension;

/**
 * Follows the kernel's customers: a merged customer's requests, returns, surveys and agreements move to the
 * surviving one; a deleted customer's go (a request's history, returns and surveys with it). Both are idempotent
 * as they stand (a second delivery finds nothing left to move or delete).
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
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            if (event instanceof CustomerMerged merged) {
                move(tx, merged.mergedId(), merged.customerId());
            } else if (event instanceof CustomerDeleted deleted) {
                delete(tx, deleted.customerId());
            }
        });
    }

    private static void move(DSLContext tx, long from, long to) {
        tx.update(SVC_REQUEST).set(SVC_REQUEST.CUSTOMER_ID, to).where(SVC_REQUEST.CUSTOMER_ID.eq(from)).execute();
        tx.update(SVC_RMA).set(SVC_RMA.CUSTOMER_ID, to).where(SVC_RMA.CUSTOMER_ID.eq(from)).execute();
        tx.update(SVC_SURVEY).set(SVC_SURVEY.CUSTOMER_ID, to).where(SVC_SURVEY.CUSTOMER_ID.eq(from)).execute();
        tx.update(SVC_AGREEMENT).set(SVC_AGREEMENT.CUSTOMER_ID, to).where(SVC_AGREEMENT.CUSTOMER_ID.eq(from)).execute();
    }

    private static void delete(DSLContext tx, long customerId) {
        tx.deleteFrom(SVC_SURVEY).where(SVC_SURVEY.CUSTOMER_ID.eq(customerId)).execute();
        tx.deleteFrom(SVC_RMA).where(SVC_RMA.CUSTOMER_ID.eq(customerId)).execute();
        tx.deleteFrom(SVC_REQUEST).where(SVC_REQUEST.CUSTOMER_ID.eq(customerId)).execute();
        tx.deleteFrom(SVC_AGREEMENT).where(SVC_AGREEMENT.CUSTOMER_ID.eq(customerId)).execute();
    }
}
