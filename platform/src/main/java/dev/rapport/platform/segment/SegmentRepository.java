package dev.rapport.platform.segment;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.SEGMENT;

import dev.rapport.platform.internal.db.tables.records.SegmentRecord;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentFilter;
import dev.rapport.sdk.segment.SegmentInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Saved segments (tens per company) and the evaluation of their filters over customers. */
final class SegmentRepository {

    static final int MAX_SEGMENTS = 1000;

    private final DSLContext db;

    SegmentRepository(DSLContext db) {
        this.db = db;
    }

    /** The segments {@code visible} admits, by name. */
    List<SegmentInfo> list(Condition visible) {
        return db.selectFrom(SEGMENT).where(visible).orderBy(SEGMENT.NAME).limit(MAX_SEGMENTS)
                .fetch(SegmentRepository::toInfo);
    }

    Optional<SegmentInfo> find(long id) {
        return db.selectFrom(SEGMENT).where(SEGMENT.ID.eq(id)).fetchOptional(SegmentRepository::toInfo);
    }

    boolean nameTaken(String name, long exceptId) {
        return db.fetchExists(SEGMENT, SEGMENT.NAME.eq(name).and(SEGMENT.ID.ne(exceptId)));
    }

    long insert(SegmentDefinition definition, Long createdBy, Instant now) {
        SegmentRecord record = db.newRecord(SEGMENT);
        record.setName(definition.name().strip());
        record.setDescription(blankToNull(definition.description()));
        record.setShared(definition.shared());
        record.setFilterJson(SegmentFilterCodec.encode(definition.filter()));
        record.setCreatedBy(createdBy);
        record.setCreatedAt(now);
        record.setUpdatedAt(now);
        record.setVersion(0);
        record.store();
        return record.getId();
    }

    /** Changes the segment if it still has the version read; false when it does not (changed or deleted). */
    boolean update(SegmentDefinition definition, Instant now) {
        return db.update(SEGMENT)
                .set(SEGMENT.NAME, definition.name().strip())
                .set(SEGMENT.DESCRIPTION, blankToNull(definition.description()))
                .set(SEGMENT.SHARED, definition.shared())
                .set(SEGMENT.FILTER_JSON, SegmentFilterCodec.encode(definition.filter()))
                .set(SEGMENT.UPDATED_AT, now)
                .set(SEGMENT.VERSION, SEGMENT.VERSION.plus(1))
                .where(SEGMENT.ID.eq(definition.id())).and(SEGMENT.VERSION.eq(definition.version()))
                .execute() == 1;
    }

    boolean delete(long id) {
        return db.deleteFrom(SEGMENT).where(SEGMENT.ID.eq(id)).execute() == 1;
    }

    /** Ids of the customers {@code filter} holds after {@code afterId}, ascending. */
    List<Long> memberIds(SegmentFilter filter, long afterId, int limit) {
        return db.select(CUSTOMER.ID).from(CUSTOMER).where(SegmentConditions.of(filter)).and(CUSTOMER.ID.gt(afterId))
                .orderBy(CUSTOMER.ID).limit(limit).fetch(CUSTOMER.ID);
    }

    /** How many customers {@code filter} holds, counting no further than {@code upTo}. */
    int countUpTo(SegmentFilter filter, int upTo) {
        var members = db.select(CUSTOMER.ID).from(CUSTOMER).where(SegmentConditions.of(filter)).limit(upTo);
        return db.fetchCount(members);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static SegmentInfo toInfo(SegmentRecord r) {
        return new SegmentInfo(r.getId(), r.getName(), r.getDescription(), r.getCreatedBy(),
                Boolean.TRUE.equals(r.getShared()), SegmentFilterCodec.decode(r.getFilterJson()), r.getVersion(),
                r.getCreatedAt(), r.getUpdatedAt());
    }

    static Condition visibleTo(long userId) {
        return SEGMENT.SHARED.isTrue().or(SEGMENT.CREATED_BY.eq(userId));
    }

    static Condition all() {
        return DSL.trueCondition();
    }
}
