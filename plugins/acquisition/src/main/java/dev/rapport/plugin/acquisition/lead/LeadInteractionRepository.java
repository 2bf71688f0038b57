package dev.rapport.plugin.acquisition.lead;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_INTERACTION;

import dev.rapport.plugin.acquisition.db.tables.records.AcqLeadInteractionRecord;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** The leads' contact logs: append and read, never change. Works in the caller's transaction. */
public final class LeadInteractionRepository {

    public static final int MAX_SUBJECT = 200;

    private final DSLContext db;

    public LeadInteractionRepository(DSLContext db) {
        this.db = db;
    }

    public long append(long leadId, Channel channel, Direction direction, String subject, String notes,
                       Outcome outcome, Instant occurredAt, Long recordedBy, Instant now) {
        String cut = subject.strip();
        return db.insertInto(ACQ_LEAD_INTERACTION)
                .set(ACQ_LEAD_INTERACTION.LEAD_ID, leadId)
                .set(ACQ_LEAD_INTERACTION.CHANNEL, channel.name())
                .set(ACQ_LEAD_INTERACTION.DIRECTION, direction.name())
                .set(ACQ_LEAD_INTERACTION.SUBJECT, cut.length() > MAX_SUBJECT ? cut.substring(0, MAX_SUBJECT) : cut)
                .set(ACQ_LEAD_INTERACTION.NOTES, notes == null || notes.isBlank() ? null : notes.strip())
                .set(ACQ_LEAD_INTERACTION.OUTCOME, outcome.name())
                .set(ACQ_LEAD_INTERACTION.OCCURRED_AT, Times.stored(occurredAt))
                .set(ACQ_LEAD_INTERACTION.RECORDED_BY, recordedBy)
                .set(ACQ_LEAD_INTERACTION.RECORDED_AT, Times.stored(now))
                .returningResult(ACQ_LEAD_INTERACTION.ID).fetchSingle().value1();
    }

    /** A lead's contacts, oldest first (the order they are carried over in); a lead has a handful to dozens. */
    public List<LeadInteraction> forLead(long leadId) {
        return db.selectFrom(ACQ_LEAD_INTERACTION).where(ACQ_LEAD_INTERACTION.LEAD_ID.eq(leadId))
                .orderBy(ACQ_LEAD_INTERACTION.OCCURRED_AT, ACQ_LEAD_INTERACTION.ID).limit(1000)
                .fetch(LeadInteractionRepository::toInteraction);
    }

    private static LeadInteraction toInteraction(AcqLeadInteractionRecord r) {
        return new LeadInteraction(r.getId(), r.getLeadId(), Channel.valueOf(r.getChannel()),
                Direction.valueOf(r.getDirection()), r.getSubject(), r.getNotes(), Outcome.valueOf(r.getOutcome()),
                r.getOccurredAt(), r.getRecordedBy(), r.getRecordedAt());
    }
}
