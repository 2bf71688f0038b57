package dev.rapport.plugin.acquisition.scoring;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_SCORING_RULE;

import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.db.tables.records.AcqScoringRuleRecord;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** The scoring rules; a company has a few dozen at most. Works in the caller's transaction. */
public final class ScoringRuleRepository {

    private final DSLContext db;

    public ScoringRuleRepository(DSLContext db) {
        this.db = db;
    }

    /** Every rule, active ones first, in the order they were made. */
    public List<ScoringRule> all() {
        return db.selectFrom(ACQ_SCORING_RULE).orderBy(ACQ_SCORING_RULE.ACTIVE.desc(), ACQ_SCORING_RULE.ID)
                .fetch(ScoringRuleRepository::toRule);
    }

    public List<ScoringRule> active() {
        return db.selectFrom(ACQ_SCORING_RULE).where(ACQ_SCORING_RULE.ACTIVE.isTrue()).orderBy(ACQ_SCORING_RULE.ID)
                .fetch(ScoringRuleRepository::toRule);
    }

    public long insert(ScoringRule rule, Instant now) {
        AcqScoringRuleRecord record = db.newRecord(ACQ_SCORING_RULE);
        copy(rule, record);
        record.setCreatedAt(Times.stored(now));
        record.store();
        return record.getId();
    }

    public boolean update(ScoringRule rule) {
        AcqScoringRuleRecord values = db.newRecord(ACQ_SCORING_RULE);
        copy(rule, values);
        return db.update(ACQ_SCORING_RULE).set(values).where(ACQ_SCORING_RULE.ID.eq(rule.id())).execute() == 1;
    }

    public boolean delete(long id) {
        return db.deleteFrom(ACQ_SCORING_RULE).where(ACQ_SCORING_RULE.ID.eq(id)).execute() == 1;
    }

    public boolean isEmpty() {
        return !db.fetchExists(ACQ_SCORING_RULE);
    }

    private static void copy(ScoringRule rule, AcqScoringRuleRecord record) {
        record.setKind(rule.kind().name());
        record.setField(rule.field() == null ? null : rule.field().name());
        record.setMatchValue(rule.matchValue());
        record.setResponseType(rule.responseType() == null ? null : rule.responseType().name());
        record.setChannel(rule.channel() == null ? null : rule.channel().name());
        record.setDirection(rule.direction() == null ? null : rule.direction().name());
        record.setPoints(rule.points());
        record.setMaxPoints(rule.maxPoints());
        record.setActive(rule.active());
    }

    private static ScoringRule toRule(AcqScoringRuleRecord r) {
        return new ScoringRule(r.getId(), RuleKind.valueOf(r.getKind()),
                r.getField() == null ? null : LeadField.valueOf(r.getField()), r.getMatchValue(),
                r.getResponseType() == null ? null : ResponseType.valueOf(r.getResponseType()),
                r.getChannel() == null ? null : Channel.valueOf(r.getChannel()),
                r.getDirection() == null ? null : Direction.valueOf(r.getDirection()), r.getPoints(), r.getMaxPoints(),
                Boolean.TRUE.equals(r.getActive()));
    }
}
