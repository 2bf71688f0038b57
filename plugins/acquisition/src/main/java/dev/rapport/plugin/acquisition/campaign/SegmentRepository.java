package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_SEGMENT;

import dev.rapport.plugin.acquisition.db.tables.records.AcqSegmentRecord;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.error.NotFoundException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The plugin's own saved segments: lead segments (customer segments are the kernel's since SDK 1.3; rows of
 * audience CUSTOMERS are left only until {@link CustomerSegmentMigration} moved them). Works in the caller's
 * transaction.
 */
public final class SegmentRepository {

    private final DSLContext db;

    public SegmentRepository(DSLContext db) {
        this.db = db;
    }

    /** The lead segments. */
    public List<Segment> all() {
        return ofAudience(SegmentAudience.LEADS);
    }

    /** The customer segments not yet moved to the kernel. */
    public List<Segment> unmovedCustomerSegments() {
        return ofAudience(SegmentAudience.CUSTOMERS);
    }

    private List<Segment> ofAudience(SegmentAudience audience) {
        return db.selectFrom(ACQ_SEGMENT).where(ACQ_SEGMENT.AUDIENCE.eq(audience.name())).orderBy(ACQ_SEGMENT.NAME)
                .limit(500).fetch(SegmentRepository::toSegment);
    }

    public Segment get(long id) {
        return db.selectFrom(ACQ_SEGMENT).where(ACQ_SEGMENT.ID.eq(id)).fetchOptional(SegmentRepository::toSegment)
                .orElseThrow(() -> new NotFoundException("Segment", id));
    }

    public boolean nameTaken(String name, long exceptId) {
        return db.fetchExists(ACQ_SEGMENT, ACQ_SEGMENT.NAME.eq(name.strip()).and(ACQ_SEGMENT.ID.ne(exceptId)));
    }

    public long save(Segment segment, Instant now) {
        AcqSegmentRecord record = db.newRecord(ACQ_SEGMENT);
        record.setName(segment.name().strip());
        record.setAudience(segment.audience().name());
        record.setNamePrefix(blankToNull(segment.namePrefix()));
        record.setStages(join(segment.stages()));
        record.setOwnerId(segment.ownerId());
        record.setTag(blankToNull(segment.tag()));
        record.setConsentOnly(segment.consentOnly());
        record.setLeadStatuses(join(segment.leadStatuses()));
        record.setLeadSource(segment.leadSource() == null ? null : segment.leadSource().name());
        record.setMinScore(segment.minScore());
        if (segment.id() == 0) {
            record.setCreatedAt(Times.stored(now));
            record.store();
            return record.getId();
        }
        if (db.update(ACQ_SEGMENT).set(record).where(ACQ_SEGMENT.ID.eq(segment.id())).execute() == 0) {
            throw new NotFoundException("Segment", segment.id());
        }
        return segment.id();
    }

    public boolean delete(long id) {
        return db.deleteFrom(ACQ_SEGMENT).where(ACQ_SEGMENT.ID.eq(id)).execute() == 1;
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> split(String joined, Function<String, E> parse) {
        return joined == null ? Set.of() : Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toSet());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Segment toSegment(AcqSegmentRecord r) {
        return new Segment(r.getId(), r.getName(), SegmentAudience.valueOf(r.getAudience()), r.getNamePrefix(),
                split(r.getStages(), LifecycleStage::valueOf), r.getOwnerId(), r.getTag(),
                Boolean.TRUE.equals(r.getConsentOnly()), split(r.getLeadStatuses(), LeadStatus::valueOf),
                r.getLeadSource() == null ? null : LeadSource.valueOf(r.getLeadSource()), r.getMinScore());
    }
}
