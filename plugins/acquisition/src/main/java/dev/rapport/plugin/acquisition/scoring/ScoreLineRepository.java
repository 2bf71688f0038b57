package dev.rapport.plugin.acquisition.scoring;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_SCORE_LINE;

import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.db.tables.records.AcqLeadScoreLineRecord;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import java.util.List;
import org.jooq.DSLContext;

/** The explanation of each lead's score, replaced at every recalculation. Works in the caller's transaction. */
public final class ScoreLineRepository {

    private final DSLContext db;

    public ScoreLineRepository(DSLContext db) {
        this.db = db;
    }

    public void replace(long leadId, List<ScoreLine> lines) {
        db.deleteFrom(ACQ_LEAD_SCORE_LINE).where(ACQ_LEAD_SCORE_LINE.LEAD_ID.eq(leadId)).execute();
        for (int i = 0; i < lines.size(); i++) {
            ScoreLine line = lines.get(i);
            ScoringRule rule = line.rule();
            db.insertInto(ACQ_LEAD_SCORE_LINE)
                    .set(ACQ_LEAD_SCORE_LINE.LEAD_ID, leadId)
                    .set(ACQ_LEAD_SCORE_LINE.POSITION, i)
                    .set(ACQ_LEAD_SCORE_LINE.RULE_ID, rule.id())
                    .set(ACQ_LEAD_SCORE_LINE.KIND, rule.kind().name())
                    .set(ACQ_LEAD_SCORE_LINE.FIELD, rule.field() == null ? null : rule.field().name())
                    .set(ACQ_LEAD_SCORE_LINE.MATCH_VALUE, rule.matchValue())
                    .set(ACQ_LEAD_SCORE_LINE.RESPONSE_TYPE, rule.responseType() == null ? null : rule.responseType().name())
                    .set(ACQ_LEAD_SCORE_LINE.CHANNEL, rule.channel() == null ? null : rule.channel().name())
                    .set(ACQ_LEAD_SCORE_LINE.DIRECTION, rule.direction() == null ? null : rule.direction().name())
                    .set(ACQ_LEAD_SCORE_LINE.OCCURRENCES, line.occurrences())
                    .set(ACQ_LEAD_SCORE_LINE.POINTS, line.points())
                    .execute();
        }
    }

    public List<ScoreLine> forLead(long leadId) {
        return db.selectFrom(ACQ_LEAD_SCORE_LINE).where(ACQ_LEAD_SCORE_LINE.LEAD_ID.eq(leadId))
                .orderBy(ACQ_LEAD_SCORE_LINE.POSITION).fetch(ScoreLineRepository::toLine);
    }

    private static ScoreLine toLine(AcqLeadScoreLineRecord r) {
        ScoringRule rule = new ScoringRule(r.getRuleId(), RuleKind.valueOf(r.getKind()),
                r.getField() == null ? null : LeadField.valueOf(r.getField()), r.getMatchValue(),
                r.getResponseType() == null ? null : ResponseType.valueOf(r.getResponseType()),
                r.getChannel() == null ? null : Channel.valueOf(r.getChannel()),
                r.getDirection() == null ? null : Direction.valueOf(r.getDirection()), 0, null, true);
        return new ScoreLine(rule, r.getOccurrences(), r.getPoints());
    }
}
