package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN_ACTIVITY;

import dev.rapport.plugin.acquisition.db.tables.records.AcqCampaignActivityRecord;
import dev.rapport.plugin.acquisition.support.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;

/** Campaigns' planned activities. Works in the caller's transaction. */
public final class ActivityRepository {

    private final DSLContext db;

    public ActivityRepository(DSLContext db) {
        this.db = db;
    }

    public List<CampaignActivity> forCampaign(long campaignId) {
        return db.selectFrom(ACQ_CAMPAIGN_ACTIVITY).where(ACQ_CAMPAIGN_ACTIVITY.CAMPAIGN_ID.eq(campaignId))
                .orderBy(ACQ_CAMPAIGN_ACTIVITY.PLANNED_ON, ACQ_CAMPAIGN_ACTIVITY.ID).limit(500)
                .fetch(ActivityRepository::toActivity);
    }

    public long insert(long campaignId, String title, CampaignChannel channel, LocalDate plannedOn, Instant now) {
        return db.insertInto(ACQ_CAMPAIGN_ACTIVITY).set(ACQ_CAMPAIGN_ACTIVITY.CAMPAIGN_ID, campaignId)
                .set(ACQ_CAMPAIGN_ACTIVITY.TITLE, title).set(ACQ_CAMPAIGN_ACTIVITY.CHANNEL, channel.name())
                .set(ACQ_CAMPAIGN_ACTIVITY.PLANNED_ON, plannedOn).set(ACQ_CAMPAIGN_ACTIVITY.DONE, false)
                .set(ACQ_CAMPAIGN_ACTIVITY.CREATED_AT, Times.stored(now))
                .returningResult(ACQ_CAMPAIGN_ACTIVITY.ID).fetchSingle().value1();
    }

    public boolean setDone(long id, boolean done) {
        return db.update(ACQ_CAMPAIGN_ACTIVITY).set(ACQ_CAMPAIGN_ACTIVITY.DONE, done)
                .where(ACQ_CAMPAIGN_ACTIVITY.ID.eq(id)).execute() == 1;
    }

    public boolean delete(long id) {
        return db.deleteFrom(ACQ_CAMPAIGN_ACTIVITY).where(ACQ_CAMPAIGN_ACTIVITY.ID.eq(id)).execute() == 1;
    }

    private static CampaignActivity toActivity(AcqCampaignActivityRecord r) {
        return new CampaignActivity(r.getId(), r.getCampaignId(), r.getTitle(), CampaignChannel.valueOf(r.getChannel()),
                r.getPlannedOn(), Boolean.TRUE.equals(r.getDone()));
    }
}
