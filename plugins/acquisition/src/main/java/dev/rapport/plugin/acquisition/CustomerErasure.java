package dev.rapport.plugin.acquisition;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN_RESPONSE;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN_TARGET;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_INTERACTION;

import java.util.List;
import org.jooq.DSLContext;

/**
 * Deletes what the plugin kept about a deleted customer: the leads converted into them (with their products, score
 * lines and contacts, which were copied to the kernel's log that the kernel deleted), their campaign targets and
 * responses; other leads that merely looked like a duplicate of them forget the link. Campaign figures lose the
 * customer's conversion, as they would have had the person never been a lead.
 */
final class CustomerErasure {

    private final DSLContext tx;

    CustomerErasure(DSLContext tx) {
        this.tx = tx;
    }

    void erase(long customerId) {
        List<Long> leads = tx.select(ACQ_LEAD.ID).from(ACQ_LEAD).where(ACQ_LEAD.CUSTOMER_ID.eq(customerId))
                .fetch(ACQ_LEAD.ID);
        List<Long> targets = tx.select(ACQ_CAMPAIGN_TARGET.ID).from(ACQ_CAMPAIGN_TARGET)
                .where(ACQ_CAMPAIGN_TARGET.CUSTOMER_ID.eq(customerId).or(ACQ_CAMPAIGN_TARGET.LEAD_ID.in(leads)))
                .fetch(ACQ_CAMPAIGN_TARGET.ID);
        tx.deleteFrom(ACQ_CAMPAIGN_RESPONSE).where(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID.eq(customerId)
                .or(ACQ_CAMPAIGN_RESPONSE.LEAD_ID.in(leads)).or(ACQ_CAMPAIGN_RESPONSE.TARGET_ID.in(targets))).execute();
        tx.deleteFrom(ACQ_CAMPAIGN_TARGET).where(ACQ_CAMPAIGN_TARGET.ID.in(targets)).execute();
        tx.deleteFrom(ACQ_LEAD_INTERACTION).where(ACQ_LEAD_INTERACTION.LEAD_ID.in(leads)).execute();
        tx.update(ACQ_LEAD).setNull(ACQ_LEAD.POSSIBLE_DUPLICATE_LEAD_ID).where(ACQ_LEAD.POSSIBLE_DUPLICATE_LEAD_ID.in(leads))
                .execute();
        tx.update(ACQ_LEAD).setNull(ACQ_LEAD.POSSIBLE_DUPLICATE_CUSTOMER_ID)
                .where(ACQ_LEAD.POSSIBLE_DUPLICATE_CUSTOMER_ID.eq(customerId)).execute();
        tx.deleteFrom(ACQ_LEAD).where(ACQ_LEAD.ID.in(leads)).execute();
    }
}
