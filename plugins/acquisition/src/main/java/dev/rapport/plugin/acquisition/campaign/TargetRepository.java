package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN_RESPONSE;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN_TARGET;

import dev.rapport.plugin.acquisition.db.tables.records.AcqCampaignTargetRecord;
import dev.rapport.plugin.acquisition.support.Times;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Campaigns' target lists. Works in the caller's transaction. */
public final class TargetRepository {

    private final DSLContext db;

    public TargetRepository(DSLContext db) {
        this.db = db;
    }

    /** Adds a target unless the campaign has it already; true when it was added. */
    public boolean add(long campaignId, Long customerId, Long leadId, String displayName, String email, Instant now) {
        return db.insertInto(ACQ_CAMPAIGN_TARGET)
                .set(ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID, campaignId)
                .set(ACQ_CAMPAIGN_TARGET.CUSTOMER_ID, customerId)
                .set(ACQ_CAMPAIGN_TARGET.LEAD_ID, leadId)
                .set(ACQ_CAMPAIGN_TARGET.DISPLAY_NAME, displayName.length() > 300 ? displayName.substring(0, 300) : displayName)
                .set(ACQ_CAMPAIGN_TARGET.EMAIL, email)
                .set(ACQ_CAMPAIGN_TARGET.ADDED_AT, Times.stored(now))
                .onDuplicateKeyIgnore().execute() == 1;
    }

    /** How many targets the campaign has: an index range of one campaign, at most {@link TargetListBuilder#MAX_TARGETS}. */
    public int count(long campaignId) {
        return db.fetchCount(ACQ_CAMPAIGN_TARGET, ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID.eq(campaignId));
    }

    /** The campaign's targets by name, after {@code after} (keyset paging; null for the first page). */
    public List<CampaignTarget> page(long campaignId, CampaignTarget after, int limit) {
        var query = db.selectFrom(ACQ_CAMPAIGN_TARGET).where(ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID.eq(campaignId))
                .orderBy(ACQ_CAMPAIGN_TARGET.DISPLAY_NAME, ACQ_CAMPAIGN_TARGET.ID);
        var page = after == null ? query.limit(limit) : query.seek(after.displayName(), after.id()).limit(limit);
        return page.fetch(TargetRepository::toTarget);
    }

    public Optional<CampaignTarget> find(long targetId) {
        return db.selectFrom(ACQ_CAMPAIGN_TARGET).where(ACQ_CAMPAIGN_TARGET.ID.eq(targetId))
                .fetchOptional(TargetRepository::toTarget);
    }

    public Optional<CampaignTarget> findByEmail(long campaignId, String email) {
        return db.selectFrom(ACQ_CAMPAIGN_TARGET).where(ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID.eq(campaignId))
                .and(ACQ_CAMPAIGN_TARGET.EMAIL.eq(email)).orderBy(ACQ_CAMPAIGN_TARGET.ID).limit(1)
                .fetchOptional(TargetRepository::toTarget);
    }

    public Optional<CampaignTarget> findByLead(long campaignId, long leadId) {
        return db.selectFrom(ACQ_CAMPAIGN_TARGET).where(ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID.eq(campaignId))
                .and(ACQ_CAMPAIGN_TARGET.LEAD_ID.eq(leadId)).fetchOptional(TargetRepository::toTarget);
    }

    /**
     * The campaign's targets that gave a response of {@code type} (any type when null), by id after
     * {@code afterId}: whom fulfilment tasks are for.
     */
    public List<CampaignTarget> respondersAfter(long campaignId, ResponseType type, long afterId, int limit) {
        var responded = DSL.selectOne().from(ACQ_CAMPAIGN_RESPONSE)
                .where(ACQ_CAMPAIGN_RESPONSE.TARGET_ID.eq(ACQ_CAMPAIGN_TARGET.ID))
                .and(type == null ? DSL.noCondition() : ACQ_CAMPAIGN_RESPONSE.RESPONSE_TYPE.eq(type.name()));
        return db.selectFrom(ACQ_CAMPAIGN_TARGET).where(ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID.eq(campaignId))
                .and(ACQ_CAMPAIGN_TARGET.ID.gt(afterId)).andExists(responded)
                .orderBy(ACQ_CAMPAIGN_TARGET.ID).limit(limit).fetch(TargetRepository::toTarget);
    }

    public int moveCustomer(long mergedId, long survivorId) {
        // two statements rather than a self-join: a plugin's SQL names its tables, never an alias of them
        List<Long> survivorsCampaigns = db.select(ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID).from(ACQ_CAMPAIGN_TARGET)
                .where(ACQ_CAMPAIGN_TARGET.CUSTOMER_ID.eq(survivorId)).fetch(ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID);
        return db.update(ACQ_CAMPAIGN_TARGET).set(ACQ_CAMPAIGN_TARGET.CUSTOMER_ID, survivorId)
                .where(ACQ_CAMPAIGN_TARGET.CUSTOMER_ID.eq(mergedId))
                .and(ACQ_CAMPAIGN_TARGET.CAMPAIGN_ID.notIn(survivorsCampaigns))
                .execute();
    }

    private static CampaignTarget toTarget(AcqCampaignTargetRecord r) {
        return new CampaignTarget(r.getId(), r.getCampaignId(), r.getCustomerId(), r.getLeadId(), r.getDisplayName(),
                r.getEmail(), r.getAddedAt());
    }
}
