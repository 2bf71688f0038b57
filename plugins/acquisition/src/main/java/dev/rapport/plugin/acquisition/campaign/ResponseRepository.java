package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN_RESPONSE;

import dev.rapport.plugin.acquisition.db.tables.records.AcqCampaignResponseRecord;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.interaction.Channel;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Campaign responses. Works in the caller's transaction. */
public final class ResponseRepository {

    /** A response with the name of its campaign, for lists outside the campaign. */
    public record Named(CampaignResponse response, String campaignName) {
    }

    private final DSLContext db;

    public ResponseRepository(DSLContext db) {
        this.db = db;
    }

    public long insert(long campaignId, Long targetId, Long leadId, Long customerId, ResponseType type, Channel channel,
                       String note, ResponseOrigin origin, Instant respondedAt, Long recordedBy, Instant now) {
        return db.insertInto(ACQ_CAMPAIGN_RESPONSE)
                .set(ACQ_CAMPAIGN_RESPONSE.CAMPAIGN_ID, campaignId)
                .set(ACQ_CAMPAIGN_RESPONSE.TARGET_ID, targetId)
                .set(ACQ_CAMPAIGN_RESPONSE.LEAD_ID, leadId)
                .set(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID, customerId)
                .set(ACQ_CAMPAIGN_RESPONSE.RESPONSE_TYPE, type.name())
                .set(ACQ_CAMPAIGN_RESPONSE.CHANNEL, channel.name())
                .set(ACQ_CAMPAIGN_RESPONSE.NOTE, note)
                .set(ACQ_CAMPAIGN_RESPONSE.ORIGIN, origin.name())
                .set(ACQ_CAMPAIGN_RESPONSE.RESPONDED_AT, Times.stored(respondedAt))
                .set(ACQ_CAMPAIGN_RESPONSE.RECORDED_BY, recordedBy)
                .set(ACQ_CAMPAIGN_RESPONSE.RECORDED_AT, Times.stored(now))
                .returningResult(ACQ_CAMPAIGN_RESPONSE.ID).fetchSingle().value1();
    }

    /** The types of a lead's responses, for scoring. */
    public List<ResponseType> typesForLead(long leadId) {
        return db.select(ACQ_CAMPAIGN_RESPONSE.RESPONSE_TYPE).from(ACQ_CAMPAIGN_RESPONSE)
                .where(ACQ_CAMPAIGN_RESPONSE.LEAD_ID.eq(leadId)).limit(1000)
                .fetch(r -> ResponseType.valueOf(r.value1()));
    }

    /** A campaign's responses, newest first, after {@code after} (keyset paging). */
    public List<CampaignResponse> page(long campaignId, CampaignResponse after, int limit) {
        var query = db.selectFrom(ACQ_CAMPAIGN_RESPONSE).where(ACQ_CAMPAIGN_RESPONSE.CAMPAIGN_ID.eq(campaignId))
                .orderBy(ACQ_CAMPAIGN_RESPONSE.RESPONDED_AT.desc(), ACQ_CAMPAIGN_RESPONSE.ID.desc());
        var page = after == null ? query.limit(limit)
                : query.seek(Times.stored(after.respondedAt()), after.id()).limit(limit);
        return page.fetch(ResponseRepository::toResponse);
    }

    /** A customer's (or their former lead's) responses with campaign names, newest first. */
    public List<Named> forCustomer(long customerId, int limit) {
        return db.select(ACQ_CAMPAIGN_RESPONSE.fields()).select(ACQ_CAMPAIGN.NAME).from(ACQ_CAMPAIGN_RESPONSE)
                .join(ACQ_CAMPAIGN).on(ACQ_CAMPAIGN.ID.eq(ACQ_CAMPAIGN_RESPONSE.CAMPAIGN_ID))
                .where(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID.eq(customerId))
                .orderBy(ACQ_CAMPAIGN_RESPONSE.RESPONDED_AT.desc(), ACQ_CAMPAIGN_RESPONSE.ID.desc()).limit(limit)
                .fetch(r -> new Named(toResponse(r.into(ACQ_CAMPAIGN_RESPONSE)), r.get(ACQ_CAMPAIGN.NAME)));
    }

    /** A lead's responses with campaign names, newest first. */
    public List<Named> forLead(long leadId, int limit) {
        return db.select(ACQ_CAMPAIGN_RESPONSE.fields()).select(ACQ_CAMPAIGN.NAME).from(ACQ_CAMPAIGN_RESPONSE)
                .join(ACQ_CAMPAIGN).on(ACQ_CAMPAIGN.ID.eq(ACQ_CAMPAIGN_RESPONSE.CAMPAIGN_ID))
                .where(ACQ_CAMPAIGN_RESPONSE.LEAD_ID.eq(leadId))
                .orderBy(ACQ_CAMPAIGN_RESPONSE.RESPONDED_AT.desc(), ACQ_CAMPAIGN_RESPONSE.ID.desc()).limit(limit)
                .fetch(r -> new Named(toResponse(r.into(ACQ_CAMPAIGN_RESPONSE)), r.get(ACQ_CAMPAIGN.NAME)));
    }

    /** How many responses of each type the campaign has. */
    public Map<ResponseType, Long> countsByType(long campaignId) {
        Map<ResponseType, Long> counts = new EnumMap<>(ResponseType.class);
        db.select(ACQ_CAMPAIGN_RESPONSE.RESPONSE_TYPE, DSL.count()).from(ACQ_CAMPAIGN_RESPONSE)
                .where(ACQ_CAMPAIGN_RESPONSE.CAMPAIGN_ID.eq(campaignId)).groupBy(ACQ_CAMPAIGN_RESPONSE.RESPONSE_TYPE)
                .forEach(r -> counts.put(ResponseType.valueOf(r.value1()), (long) r.value2()));
        return counts;
    }

    /** How many targets of the campaign responded at all. */
    public long responders(long campaignId) {
        return db.select(DSL.countDistinct(ACQ_CAMPAIGN_RESPONSE.TARGET_ID)).from(ACQ_CAMPAIGN_RESPONSE)
                .where(ACQ_CAMPAIGN_RESPONSE.CAMPAIGN_ID.eq(campaignId)).fetchSingle().value1();
    }

    /** Gives a converted lead's responses to the customer it became. */
    public void assignCustomer(long leadId, long customerId) {
        db.update(ACQ_CAMPAIGN_RESPONSE).set(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID, customerId)
                .where(ACQ_CAMPAIGN_RESPONSE.LEAD_ID.eq(leadId)).execute();
    }

    public int moveCustomer(long mergedId, long survivorId) {
        return db.update(ACQ_CAMPAIGN_RESPONSE).set(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID, survivorId)
                .where(ACQ_CAMPAIGN_RESPONSE.CUSTOMER_ID.eq(mergedId)).execute();
    }

    private static CampaignResponse toResponse(AcqCampaignResponseRecord r) {
        return new CampaignResponse(r.getId(), r.getCampaignId(), r.getTargetId(), r.getLeadId(), r.getCustomerId(),
                ResponseType.valueOf(r.getResponseType()), Channel.valueOf(r.getChannel()), r.getNote(),
                ResponseOrigin.valueOf(r.getOrigin()), r.getRespondedAt(), r.getRecordedBy());
    }
}
