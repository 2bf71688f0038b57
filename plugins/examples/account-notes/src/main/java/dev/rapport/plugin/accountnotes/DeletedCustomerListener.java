package dev.rapport.plugin.accountnotes;

import static dev.rapport.plugin.accountnotes.db.Tables.ANT_NOTE;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.CustomerDeleted;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import org.pf4j.Extension;

/**
 * Deletes the notes of a customer the kernel deleted. Idempotent by nature: a repeated delivery finds nothing left to
 * delete.
 */
@Extension
public final class DeletedCustomerListener implements DomainEventListener {

    private final PluginContext context;

    public DeletedCustomerListener(PluginContext context) {
        this.context = context;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == CustomerDeleted.class;
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        if (event instanceof CustomerDeleted deleted) {
            context.dsl().deleteFrom(ANT_NOTE).where(ANT_NOTE.CUSTOMER_ID.eq(deleted.customerId())).execute();
        }
    }
}
