package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN;

import dev.rapport.plugin.acquisition.db.tables.records.AcqCampaignRecord;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Campaigns in the plugin's tables. Works in the caller's transaction. */
public final class CampaignRepository {

    private final DSLContext db;

    public CampaignRepository(DSLContext db) {
        this.db = db;
    }

    public long insert(CampaignDraft draft, String currency, Long createdBy, Instant now) {
        AcqCampaignRecord record = db.newRecord(ACQ_CAMPAIGN);
        copy(draft, record);
        record.setCurrency(currency);
        record.setCreatedBy(createdBy);
        record.setCreatedAt(Times.stored(now));
        record.setUpdatedAt(Times.stored(now));
        record.setVersion(0);
        record.store();
        return record.getId();
    }

    /** Saves {@code draft} if the campaign is still at {@code expectedVersion}; false when it is not. */
    public boolean update(long id, int expectedVersion, CampaignDraft draft, Instant now) {
        AcqCampaignRecord values = db.newRecord(ACQ_CAMPAIGN);
        copy(draft, values);
        values.setUpdatedAt(Times.stored(now));
        values.setVersion(expectedVersion + 1);
        return db.update(ACQ_CAMPAIGN).set(values).where(ACQ_CAMPAIGN.ID.eq(id))
                .and(ACQ_CAMPAIGN.VERSION.eq(expectedVersion)).execute() == 1;
    }

    /** Remembers the segment the campaign's targets were last drawn from: a lead segment or a kernel segment. */
    public void setSegment(long id, SegmentAudience audience, long segmentId) {
        boolean customers = audience == SegmentAudience.CUSTOMERS;
        db.update(ACQ_CAMPAIGN).set(ACQ_CAMPAIGN.SEGMENT_ID, customers ? null : segmentId)
                .set(ACQ_CAMPAIGN.CUSTOMER_SEGMENT_ID, customers ? segmentId : null)
                .where(ACQ_CAMPAIGN.ID.eq(id)).execute();
    }

    /** Points the campaigns that drew from the plugin's old customer segment at its kernel segment. */
    public void moveToKernelSegment(long oldSegmentId, long kernelSegmentId) {
        db.update(ACQ_CAMPAIGN).set(ACQ_CAMPAIGN.SEGMENT_ID, (Long) null)
                .set(ACQ_CAMPAIGN.CUSTOMER_SEGMENT_ID, kernelSegmentId)
                .where(ACQ_CAMPAIGN.SEGMENT_ID.eq(oldSegmentId)).execute();
    }

    private static void copy(CampaignDraft draft, AcqCampaignRecord record) {
        record.setName(draft.name().strip());
        record.setObjective(draft.objective() == null || draft.objective().isBlank() ? null : draft.objective().strip());
        record.setChannels(draft.channels().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        record.setStartsOn(draft.startsOn());
        record.setEndsOn(draft.endsOn());
        record.setBudget(draft.budget());
        record.setActualCost(draft.actualCost());
        record.setDepartmentId(draft.departmentId());
    }

    public Optional<Campaign> find(long id) {
        return db.selectFrom(ACQ_CAMPAIGN).where(ACQ_CAMPAIGN.ID.eq(id)).fetchOptional(CampaignRepository::toCampaign);
    }

    public Campaign get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Campaign", id));
    }

    /** Campaigns newest first (by start), after {@code after}; a company runs dozens a year, the list pages anyway. */
    public List<Campaign> page(String namePrefix, Campaign after, int limit) {
        Condition condition = namePrefix == null || namePrefix.isBlank() ? DSL.noCondition()
                : ACQ_CAMPAIGN.NAME.startsWith(namePrefix.strip());
        var query = db.selectFrom(ACQ_CAMPAIGN).where(condition).orderBy(ACQ_CAMPAIGN.STARTS_ON.desc(), ACQ_CAMPAIGN.ID.desc());
        var page = after == null ? query.limit(limit) : query.seek(after.startsOn(), after.id()).limit(limit);
        return page.fetch(CampaignRepository::toCampaign);
    }

    /** Campaigns starting in [{@code from}, {@code to}), optionally of one department: the scorecard's. */
    public List<Campaign> startingBetween(LocalDate from, LocalDate to, Long departmentId) {
        return db.selectFrom(ACQ_CAMPAIGN).where(ACQ_CAMPAIGN.STARTS_ON.ge(from)).and(ACQ_CAMPAIGN.STARTS_ON.lt(to))
                .and(departmentId == null ? DSL.noCondition() : ACQ_CAMPAIGN.DEPARTMENT_ID.eq(departmentId))
                .orderBy(ACQ_CAMPAIGN.STARTS_ON, ACQ_CAMPAIGN.ID).limit(1000).fetch(CampaignRepository::toCampaign);
    }

    /** The most recently started campaigns, for pickers (web forms, imports, filters). */
    public List<Campaign> recent(int limit) {
        return db.selectFrom(ACQ_CAMPAIGN).orderBy(ACQ_CAMPAIGN.STARTS_ON.desc(), ACQ_CAMPAIGN.ID.desc()).limit(limit)
                .fetch(CampaignRepository::toCampaign);
    }

    static Campaign toCampaign(AcqCampaignRecord r) {
        return new Campaign(r.getId(), r.getName(), r.getObjective(),
                r.getChannels().isEmpty() ? java.util.Set.of() : Arrays.stream(r.getChannels().split(","))
                        .map(CampaignChannel::valueOf).collect(Collectors.toSet()),
                r.getStartsOn(), r.getEndsOn(), r.getBudget(), r.getActualCost(), r.getCurrency(), r.getDepartmentId(),
                r.getSegmentId(), r.getCustomerSegmentId(), r.getVersion());
    }
}
