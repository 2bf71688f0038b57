package dev.rapport.plugin.acquisition.lead;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_PRODUCT;

import dev.rapport.plugin.acquisition.db.tables.records.AcqLeadRecord;
import dev.rapport.plugin.acquisition.support.Texts;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Leads and their product interests in the plugin's tables. Works in the caller's transaction. */
public final class LeadRepository {

    private final DSLContext db;

    public LeadRepository(DSLContext db) {
        this.db = db;
    }

    public long insert(ValidLead lead, Instant now) {
        AcqLeadRecord record = db.newRecord(ACQ_LEAD);
        copy(lead, record);
        record.setStatus(LeadStatus.NEW.name());
        record.setScore(0);
        record.setCapturedAt(Times.stored(now));
        record.setUpdatedAt(Times.stored(now));
        record.setVersion(0);
        record.store();
        replaceProducts(record.getId(), lead.draft().productIds());
        return record.getId();
    }

    /**
     * Saves the details of {@code lead} if it is still at {@code expectedVersion}.
     *
     * @throws ConcurrentEditException when someone saved it in between
     */
    public void updateDetails(long id, int expectedVersion, ValidLead lead, Instant now) {
        AcqLeadRecord values = db.newRecord(ACQ_LEAD);
        copy(lead, values);
        values.changed(ACQ_LEAD.ID, false);
        values.setUpdatedAt(Times.stored(now));
        values.setVersion(expectedVersion + 1);
        int updated = db.update(ACQ_LEAD).set(values).where(ACQ_LEAD.ID.eq(id)).and(ACQ_LEAD.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            Instant changedAt = db.select(ACQ_LEAD.UPDATED_AT).from(ACQ_LEAD).where(ACQ_LEAD.ID.eq(id))
                    .fetchOptional(ACQ_LEAD.UPDATED_AT)
                    .orElseThrow(() -> new NotFoundException("Lead", id));
            throw new ConcurrentEditException("Lead", id, changedAt, "");
        }
        replaceProducts(id, lead.draft().productIds());
    }

    private static void copy(ValidLead lead, AcqLeadRecord record) {
        LeadDraft draft = lead.draft();
        record.setFirstName(draft.firstName());
        record.setLastName(draft.lastName());
        record.setCompany(draft.company());
        record.setJobTitle(draft.jobTitle());
        record.setEmail(lead.email());
        record.setPhone(lead.phone());
        record.setPhoneDigits(lead.phoneDigits());
        record.setNameKey(lead.nameKey());
        record.setStreet(draft.street());
        record.setPostalCode(draft.postalCode());
        record.setCity(draft.city());
        record.setCountryCode(draft.countryCode());
        record.setPreferredLanguage(draft.preferredLanguage());
        record.setMarketingConsent(draft.marketingConsent());
        record.setSource(draft.source().name());
        record.setSourceDetail(draft.sourceDetail());
        record.setCampaignId(draft.campaignId());
        record.setNotes(draft.notes());
    }

    private void replaceProducts(long leadId, Set<Long> productIds) {
        db.deleteFrom(ACQ_LEAD_PRODUCT).where(ACQ_LEAD_PRODUCT.LEAD_ID.eq(leadId)).execute();
        if (!productIds.isEmpty()) {
            var insert = db.insertInto(ACQ_LEAD_PRODUCT, ACQ_LEAD_PRODUCT.LEAD_ID, ACQ_LEAD_PRODUCT.PRODUCT_ID);
            for (Long productId : productIds) {
                insert = insert.values(leadId, productId);
            }
            insert.execute();
        }
    }

    /** Adds product interests the lead does not have yet. */
    public void addProducts(long leadId, Set<Long> productIds) {
        for (Long productId : productIds) {
            db.insertInto(ACQ_LEAD_PRODUCT).set(ACQ_LEAD_PRODUCT.LEAD_ID, leadId)
                    .set(ACQ_LEAD_PRODUCT.PRODUCT_ID, productId).onDuplicateKeyIgnore().execute();
        }
    }

    public Set<Long> productIds(long leadId) {
        return new HashSet<>(db.select(ACQ_LEAD_PRODUCT.PRODUCT_ID).from(ACQ_LEAD_PRODUCT)
                .where(ACQ_LEAD_PRODUCT.LEAD_ID.eq(leadId)).fetch(ACQ_LEAD_PRODUCT.PRODUCT_ID));
    }

    public Optional<Lead> find(long id) {
        return db.selectFrom(ACQ_LEAD).where(ACQ_LEAD.ID.eq(id)).fetchOptional(LeadRepository::toLead);
    }

    /** The lead, locked for update until the transaction ends (status changes must not race). */
    public Lead lock(long id) {
        return db.selectFrom(ACQ_LEAD).where(ACQ_LEAD.ID.eq(id)).forUpdate().fetchOptional(LeadRepository::toLead)
                .orElseThrow(() -> new NotFoundException("Lead", id));
    }

    public Lead get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Lead", id));
    }

    /** One page of the list after {@code after} (null for the first page), in {@code sort} order. */
    public List<Lead> page(LeadFilter filter, LeadSort sort, Lead after, int limit) {
        var query = db.selectFrom(ACQ_LEAD).where(conditions(filter)).orderBy(sortFields(sort));
        var limited = after == null ? query.limit(limit) : query.seek(seekValues(sort, after)).limit(limit);
        return limited.fetch(LeadRepository::toLead);
    }

    private static List<Condition> conditions(LeadFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        String text = Texts.clean(filter.text());
        if (text != null) {
            String key = Texts.nameKey(text);
            conditions.add((key.isEmpty() ? DSL.falseCondition() : ACQ_LEAD.NAME_KEY.contains(key))
                    .or(ACQ_LEAD.EMAIL.startsWith(text)).or(ACQ_LEAD.COMPANY.startsWith(text)));
        }
        if (!filter.statuses().isEmpty()) {
            conditions.add(ACQ_LEAD.STATUS.in(filter.statuses().stream().map(Enum::name).toList()));
        }
        if (filter.unassigned()) {
            conditions.add(ACQ_LEAD.OWNER_ID.isNull());
        } else if (filter.ownerId() != null) {
            conditions.add(ACQ_LEAD.OWNER_ID.eq(filter.ownerId()));
        }
        if (filter.departmentId() != null) {
            conditions.add(ACQ_LEAD.DEPARTMENT_ID.eq(filter.departmentId()));
        }
        if (filter.source() != null) {
            conditions.add(ACQ_LEAD.SOURCE.eq(filter.source().name()));
        }
        if (filter.campaignId() != null) {
            conditions.add(ACQ_LEAD.CAMPAIGN_ID.eq(filter.campaignId()));
        }
        if (filter.minScore() != null) {
            conditions.add(ACQ_LEAD.SCORE.ge(filter.minScore()));
        }
        return conditions;
    }

    private static List<SortField<?>> sortFields(LeadSort sort) {
        return switch (sort) {
            case NEWEST_FIRST -> List.of(ACQ_LEAD.CAPTURED_AT.desc(), ACQ_LEAD.ID.desc());
            case HIGHEST_SCORE -> List.of(ACQ_LEAD.SCORE.desc(), ACQ_LEAD.ID.desc());
        };
    }

    private static Object[] seekValues(LeadSort sort, Lead after) {
        return switch (sort) {
            case NEWEST_FIRST -> new Object[] {Times.stored(after.capturedAt()), after.id()};
            case HIGHEST_SCORE -> new Object[] {after.score(), after.id()};
        };
    }

    /** The ids of open leads (new, contacted, qualified) after {@code afterId}, by id: for batch work. */
    public List<Long> openIdsAfter(long afterId, int limit) {
        return db.select(ACQ_LEAD.ID).from(ACQ_LEAD).where(ACQ_LEAD.ID.gt(afterId))
                .and(ACQ_LEAD.STATUS.in(LeadStatus.NEW.name(), LeadStatus.CONTACTED.name(), LeadStatus.QUALIFIED.name()))
                .orderBy(ACQ_LEAD.ID).limit(limit).fetch(ACQ_LEAD.ID);
    }

    /** Open or converted leads with this email address (case-insensitive), newest first. */
    public List<Lead> withEmail(String email, int limit) {
        return db.selectFrom(ACQ_LEAD).where(ACQ_LEAD.EMAIL.eq(email)).orderBy(ACQ_LEAD.ID.desc()).limit(limit)
                .fetch(LeadRepository::toLead);
    }

    /** Leads whose email, phone digits or name key is the given one, newest first. */
    public List<Lead> matching(String email, String phoneDigits, String nameKey, int limit) {
        Condition condition = DSL.falseCondition();
        if (email != null) {
            condition = condition.or(ACQ_LEAD.EMAIL.eq(email));
        }
        if (phoneDigits != null) {
            condition = condition.or(ACQ_LEAD.PHONE_DIGITS.eq(phoneDigits));
        }
        if (nameKey != null && !nameKey.isEmpty()) {
            condition = condition.or(ACQ_LEAD.NAME_KEY.eq(nameKey));
        }
        return db.selectFrom(ACQ_LEAD).where(condition).orderBy(ACQ_LEAD.ID.desc()).limit(limit)
                .fetch(LeadRepository::toLead);
    }

    /** Moves a lead's capture (and its logged contacts) back in time: demo data that looks lived in. */
    public void backdate(long id, Instant capturedAt) {
        db.update(ACQ_LEAD).set(ACQ_LEAD.CAPTURED_AT, Times.stored(capturedAt)).set(ACQ_LEAD.UPDATED_AT, Times.stored(capturedAt))
                .where(ACQ_LEAD.ID.eq(id)).execute();
        db.update(dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_INTERACTION)
                .set(dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_INTERACTION.OCCURRED_AT, Times.stored(capturedAt))
                .set(dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_INTERACTION.RECORDED_AT, Times.stored(capturedAt))
                .where(dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_INTERACTION.LEAD_ID.eq(id)).execute();
    }

    public void setPossibleDuplicates(long id, Long leadId, Long customerId) {
        db.update(ACQ_LEAD).set(ACQ_LEAD.POSSIBLE_DUPLICATE_LEAD_ID, leadId)
                .set(ACQ_LEAD.POSSIBLE_DUPLICATE_CUSTOMER_ID, customerId).where(ACQ_LEAD.ID.eq(id)).execute();
    }

    public void setScore(long id, int score) {
        db.update(ACQ_LEAD).set(ACQ_LEAD.SCORE, score).where(ACQ_LEAD.ID.eq(id)).execute();
    }

    /** Moves the lead to {@code status}; the caller checked the move is allowed. */
    public void setStatus(long id, LeadStatus status, String disqualifyReason, Instant now) {
        var update = db.update(ACQ_LEAD).set(ACQ_LEAD.STATUS, status.name())
                .set(ACQ_LEAD.DISQUALIFY_REASON, status == LeadStatus.DISQUALIFIED ? disqualifyReason : null)
                .set(ACQ_LEAD.UPDATED_AT, Times.stored(now)).set(ACQ_LEAD.VERSION, ACQ_LEAD.VERSION.plus(1));
        if (status == LeadStatus.QUALIFIED) {
            update = update.set(ACQ_LEAD.QUALIFIED_AT, Times.stored(now));
        }
        update.where(ACQ_LEAD.ID.eq(id)).execute();
    }

    public void setOwner(long id, Long ownerId, Long departmentId, Instant now) {
        db.update(ACQ_LEAD).set(ACQ_LEAD.OWNER_ID, ownerId).set(ACQ_LEAD.DEPARTMENT_ID, departmentId)
                .set(ACQ_LEAD.UPDATED_AT, Times.stored(now)).set(ACQ_LEAD.VERSION, ACQ_LEAD.VERSION.plus(1))
                .where(ACQ_LEAD.ID.eq(id)).execute();
    }

    /** Records the first contact, unless there was one already. */
    public void markFirstContact(long id, Instant at) {
        db.update(ACQ_LEAD).set(ACQ_LEAD.FIRST_CONTACT_AT, Times.stored(at))
                .where(ACQ_LEAD.ID.eq(id)).and(ACQ_LEAD.FIRST_CONTACT_AT.isNull()).execute();
    }

    public void setMarketingConsent(long id, boolean consent) {
        db.update(ACQ_LEAD).set(ACQ_LEAD.MARKETING_CONSENT, consent).where(ACQ_LEAD.ID.eq(id)).execute();
    }

    public void markConverted(long id, long customerId, Instant now) {
        db.update(ACQ_LEAD).set(ACQ_LEAD.STATUS, LeadStatus.CONVERTED.name()).set(ACQ_LEAD.CUSTOMER_ID, customerId)
                .set(ACQ_LEAD.CONVERTED_AT, Times.stored(now)).set(ACQ_LEAD.UPDATED_AT, Times.stored(now))
                .set(ACQ_LEAD.VERSION, ACQ_LEAD.VERSION.plus(1)).where(ACQ_LEAD.ID.eq(id)).execute();
    }

    /** How many leads of the campaign there are, and how many of them reached qualified and converted. */
    public record CampaignLeadCounts(long leads, long qualified, long converted) {
    }

    public CampaignLeadCounts countsForCampaign(long campaignId) {
        var qualified = DSL.count().filterWhere(ACQ_LEAD.QUALIFIED_AT.isNotNull());
        var converted = DSL.count().filterWhere(ACQ_LEAD.STATUS.eq(LeadStatus.CONVERTED.name()));
        return db.select(DSL.count(), qualified, converted).from(ACQ_LEAD).where(ACQ_LEAD.CAMPAIGN_ID.eq(campaignId))
                .fetchSingle(r -> new CampaignLeadCounts(r.value1(), r.value2(), r.value3()));
    }

    /** The customers the campaign's leads became (a campaign converts hundreds at most; capped at 10,000). */
    public List<Long> convertedCustomerIds(long campaignId) {
        return db.selectDistinct(ACQ_LEAD.CUSTOMER_ID).from(ACQ_LEAD).where(ACQ_LEAD.CAMPAIGN_ID.eq(campaignId))
                .and(ACQ_LEAD.CUSTOMER_ID.isNotNull()).limit(10_000).fetch(ACQ_LEAD.CUSTOMER_ID);
    }

    /** The leads converted into {@code customerId}, newest first. */
    public List<Lead> convertedInto(long customerId) {
        return db.selectFrom(ACQ_LEAD).where(ACQ_LEAD.CUSTOMER_ID.eq(customerId)).orderBy(ACQ_LEAD.ID.desc())
                .limit(20).fetch(LeadRepository::toLead);
    }

    /** Points every reference to customer {@code mergedId} at {@code survivorId} (the kernel merged them). */
    public int moveCustomer(long mergedId, long survivorId) {
        int converted = db.update(ACQ_LEAD).set(ACQ_LEAD.CUSTOMER_ID, survivorId)
                .where(ACQ_LEAD.CUSTOMER_ID.eq(mergedId)).execute();
        return converted + db.update(ACQ_LEAD).set(ACQ_LEAD.POSSIBLE_DUPLICATE_CUSTOMER_ID, survivorId)
                .where(ACQ_LEAD.POSSIBLE_DUPLICATE_CUSTOMER_ID.eq(mergedId)).execute();
    }

    static Lead toLead(AcqLeadRecord r) {
        return new Lead(r.getId(), r.getFirstName(), r.getLastName(), r.getCompany(), r.getJobTitle(), r.getEmail(),
                r.getPhone(), r.getStreet(), r.getPostalCode(), r.getCity(), r.getCountryCode(),
                r.getPreferredLanguage(), Boolean.TRUE.equals(r.getMarketingConsent()), LeadSource.valueOf(r.getSource()),
                r.getSourceDetail(), r.getCampaignId(), r.getNotes(), LeadStatus.valueOf(r.getStatus()),
                r.getDisqualifyReason(), r.getScore(), r.getOwnerId(), r.getDepartmentId(),
                r.getPossibleDuplicateLeadId(), r.getPossibleDuplicateCustomerId(), r.getCustomerId(),
                r.getCapturedAt(), r.getFirstContactAt(), r.getQualifiedAt(),
                r.getConvertedAt(), r.getVersion());
    }
}
