package dev.rapport.plugin.service.survey;

import static dev.rapport.plugin.service.db.Tables.SVC_SURVEY;
import static dev.rapport.plugin.service.support.Times.stored;

import dev.rapport.plugin.service.db.tables.records.SvcSurveyRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Survey invitations and answers in {@code svc_survey}. */
public final class SurveyRepository {

    private final DSLContext dsl;

    public SurveyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Survey> find(long id) {
        return dsl.selectFrom(SVC_SURVEY).where(SVC_SURVEY.ID.eq(id)).fetchOptional(SurveyRepository::toSurvey);
    }

    public Optional<Survey> ofRequest(long requestId, SurveyKind kind) {
        return dsl.selectFrom(SVC_SURVEY).where(SVC_SURVEY.REQUEST_ID.eq(requestId), SVC_SURVEY.KIND.eq(kind.name()))
                .fetchOptional(SurveyRepository::toSurvey);
    }

    public long insert(SurveyKind kind, long customerId, Long requestId, String nonce, Instant createdAt,
                       Instant expiresAt) {
        SvcSurveyRecord row = dsl.newRecord(SVC_SURVEY);
        row.setKind(kind.name());
        row.setCustomerId(customerId);
        row.setRequestId(requestId);
        row.setNonce(nonce);
        row.setCreatedAt(stored(createdAt));
        row.setExpiresAt(stored(expiresAt));
        row.store();
        return row.getId();
    }

    public void linkMail(long id, long mailId) {
        dsl.update(SVC_SURVEY).set(SVC_SURVEY.MAIL_ID, mailId).where(SVC_SURVEY.ID.eq(id)).execute();
    }

    public void linkInteraction(long id, long interactionId) {
        dsl.update(SVC_SURVEY).set(SVC_SURVEY.INTERACTION_ID, interactionId).where(SVC_SURVEY.ID.eq(id)).execute();
    }

    /**
     * Stores the answer if the invitation is still unanswered and unexpired at {@code now}: true if it did. The
     * condition in the update makes the token single-use even when two answers race.
     */
    public boolean answer(long id, int score, String comment, Instant now) {
        return dsl.update(SVC_SURVEY).set(SVC_SURVEY.SCORE, score).set(SVC_SURVEY.COMMENT, comment)
                .set(SVC_SURVEY.ANSWERED_AT, stored(now))
                .where(SVC_SURVEY.ID.eq(id), SVC_SURVEY.ANSWERED_AT.isNull(), SVC_SURVEY.EXPIRES_AT.gt(stored(now)))
                .execute() == 1;
    }

    public void linkTask(long id, long taskId) {
        dsl.update(SVC_SURVEY).set(SVC_SURVEY.FOLLOW_UP_TASK_ID, taskId).where(SVC_SURVEY.ID.eq(id)).execute();
    }

    /** Whether the customer was invited to {@code kind} since {@code since}. */
    public boolean invitedSince(long customerId, SurveyKind kind, Instant since) {
        return dsl.fetchExists(SVC_SURVEY, SVC_SURVEY.CUSTOMER_ID.eq(customerId), SVC_SURVEY.KIND.eq(kind.name()),
                SVC_SURVEY.CREATED_AT.ge(stored(since)));
    }

    /** The customer's answered surveys of {@code kind}, newest first, at most {@code limit}. */
    public List<Survey> answeredOf(long customerId, SurveyKind kind, int limit) {
        return dsl.selectFrom(SVC_SURVEY).where(SVC_SURVEY.CUSTOMER_ID.eq(customerId), SVC_SURVEY.KIND.eq(kind.name()),
                SVC_SURVEY.ANSWERED_AT.isNotNull()).orderBy(SVC_SURVEY.CREATED_AT.desc()).limit(limit)
                .fetch(SurveyRepository::toSurvey);
    }

    /** The customer's answered surveys, newest answer first, strictly before ({@code at}, {@code id}) if given. */
    public List<Survey> answeredBefore(long customerId, Instant at, long id, int limit) {
        var condition = SVC_SURVEY.CUSTOMER_ID.eq(customerId).and(SVC_SURVEY.ANSWERED_AT.isNotNull());
        if (at != null) {
            condition = condition.and(SVC_SURVEY.ANSWERED_AT.lt(stored(at))
                    .or(SVC_SURVEY.ANSWERED_AT.eq(stored(at)).and(SVC_SURVEY.ID.lt(id))));
        }
        return dsl.selectFrom(SVC_SURVEY).where(condition).orderBy(SVC_SURVEY.ANSWERED_AT.desc(), SVC_SURVEY.ID.desc())
                .limit(limit).fetch(SurveyRepository::toSurvey);
    }

    /** Count and scores of the answers of {@code kind} given in [{@code from}, {@code to}). */
    public Scores scores(SurveyKind kind, Instant from, Instant to) {
        var detractor = DSL.sum(DSL.when(SVC_SURVEY.SCORE.le(kind.detractorUpTo()), 1).otherwise(0));
        var promoter = DSL.sum(DSL.when(SVC_SURVEY.SCORE.ge(kind == SurveyKind.NPS ? 9 : 4), 1).otherwise(0));
        var row = dsl.select(DSL.count(), DSL.sum(SVC_SURVEY.SCORE), promoter, detractor).from(SVC_SURVEY)
                .where(SVC_SURVEY.KIND.eq(kind.name()), SVC_SURVEY.ANSWERED_AT.ge(stored(from)),
                        SVC_SURVEY.ANSWERED_AT.lt(stored(to))).fetchSingle();
        return new Scores(row.value1(), nz(row.value2()), nz(row.value3()), nz(row.value4()));
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** Answers in a period: how many, the sum of their scores, promoters (top scores) and detractors. */
    public record Scores(int count, BigDecimal sum, BigDecimal promoters, BigDecimal detractors) {
    }

    private static Survey toSurvey(SvcSurveyRecord row) {
        return new Survey(row.getId(), SurveyKind.valueOf(row.getKind()), row.getCustomerId(), row.getRequestId(),
                row.getNonce(), row.getCreatedAt(), row.getExpiresAt(), row.getInteractionId(), row.getAnsweredAt(),
                row.getScore(), row.getComment(), row.getFollowUpTaskId(), row.getMailId());
    }
}
