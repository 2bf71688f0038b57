package dev.rapport.platform.demo;

import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A customer's interaction log. Most customers have a handful of contacts; a few very active ones have
 * 50 to 200, the long tail that timelines and reports must cope with.
 */
final class InteractionFactory {

    /** The {@code source} of every generated interaction, so demo data can be told apart from real data. */
    static final String SOURCE = "demo";

    private static final double VERY_ACTIVE_SHARE = 0.02;
    private static final int VERY_ACTIVE_MIN = 50;
    private static final int VERY_ACTIVE_MAX = 200;
    /** With the very active customers this makes about 10 interactions per customer. */
    private static final double TYPICAL_MEAN = 8.2;
    private static final double WITH_CONTACT_PERSON_SHARE = 0.6;
    private static final double RECORDED_BY_OWNER_SHARE = 0.65;
    private static final double WITH_NOTES_SHARE = 0.45;
    private static final long DAY = Duration.ofDays(1).toMillis();
    private static final long OFFICE_OPENS = Duration.ofHours(8).toMillis();
    private static final long OFFICE_CLOSES = Duration.ofHours(18).toMillis();
    private static final long MAX_AUTOMATIC_LOGGING_DELAY = Duration.ofSeconds(5).toMillis();
    private static final long MIN_MANUAL_LOGGING_DELAY = Duration.ofMinutes(1).toMillis();
    private static final long MAX_MANUAL_LOGGING_DELAY = Duration.ofHours(1).toMillis();

    private static final Weighted<Channel> PERSON_CHANNELS = Weighted.<Channel>builder()
            .add(Channel.EMAIL, 28).add(Channel.PHONE, 26).add(Channel.WEB, 16).add(Channel.CHAT, 12)
            .add(Channel.STORE, 8).add(Channel.MEETING, 5).add(Channel.LETTER, 4).add(Channel.FIELD_VISIT, 1)
            .build();
    private static final Weighted<Channel> ORGANISATION_CHANNELS = Weighted.<Channel>builder()
            .add(Channel.EMAIL, 32).add(Channel.PHONE, 26).add(Channel.MEETING, 14).add(Channel.WEB, 8)
            .add(Channel.FIELD_VISIT, 8).add(Channel.CHAT, 5).add(Channel.LETTER, 5).add(Channel.STORE, 2)
            .build();
    /** Calls the company makes do not always reach the customer. */
    private static final Weighted<Outcome> OUTBOUND_CALL_OUTCOMES = Weighted.<Outcome>builder()
            .add(Outcome.COMPLETED, 45).add(Outcome.NO_ANSWER, 18).add(Outcome.FOLLOW_UP_NEEDED, 15)
            .add(Outcome.LEFT_MESSAGE, 12).add(Outcome.DECLINED, 10)
            .build();
    private static final Weighted<Outcome> OUTBOUND_OUTCOMES = Weighted.<Outcome>builder()
            .add(Outcome.COMPLETED, 60).add(Outcome.FOLLOW_UP_NEEDED, 25).add(Outcome.DECLINED, 15)
            .build();
    private static final Weighted<Outcome> INBOUND_OUTCOMES = Weighted.<Outcome>builder()
            .add(Outcome.RESOLVED, 50).add(Outcome.COMPLETED, 30).add(Outcome.FOLLOW_UP_NEEDED, 20)
            .build();

    private final DemoRandom random;
    private final long now;
    private final DemoStaff.Team team;
    private final IdSequence ids;

    InteractionFactory(DemoRandom random, long now, DemoStaff.Team team, IdSequence ids) {
        this.random = random;
        this.now = now;
        this.team = team;
        this.ids = ids;
    }

    /**
     * @param contacts the contact persons of an organisation (empty for a person)
     * @param utcOffsetSeconds the offset of the customer's zone, to place calls and visits in office hours
     */
    List<Interaction> create(long customerId, CustomerKind kind, long ownerId, List<ContactPerson> contacts,
                             ActiveSpan span, int utcOffsetSeconds) {
        int count = random.chance(VERY_ACTIVE_SHARE)
                ? random.between(VERY_ACTIVE_MIN, VERY_ACTIVE_MAX)
                : random.exponential(TYPICAL_MEAN);
        Weighted<Channel> channels = kind == CustomerKind.PERSON ? PERSON_CHANNELS : ORGANISATION_CHANNELS;
        List<Interaction> interactions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Channel channel = channels.pick(random);
            ChannelProfile profile = DemoVocabulary.profile(channel);
            Direction direction = random.chance(profile.inboundShare()) ? Direction.INBOUND : Direction.OUTBOUND;
            String subject = random.pick(direction == Direction.INBOUND
                    ? profile.inboundSubjects() : profile.outboundSubjects());
            Outcome outcome = outcomes(channel, direction).pick(random);
            String notes = random.chance(WITH_NOTES_SHARE) ? notes() : null;
            long occurredAt = direction == Direction.OUTBOUND || profile.inboundInOfficeHours()
                    ? duringOfficeHours(span, utcOffsetSeconds)
                    : span.randomInstant(random);
            long loggingDelay = profile.loggedAutomatically()
                    ? random.between(0, MAX_AUTOMATIC_LOGGING_DELAY)
                    : random.between(MIN_MANUAL_LOGGING_DELAY, MAX_MANUAL_LOGGING_DELAY);
            Long contactId = !contacts.isEmpty() && random.chance(WITH_CONTACT_PERSON_SHARE)
                    ? random.pick(contacts).id() : null;
            long recordedBy = random.chance(RECORDED_BY_OWNER_SHARE) ? ownerId : team.anyone(random);
            interactions.add(new Interaction(ids.next(), customerId, contactId, channel, direction, subject, notes,
                    outcome, Instant.ofEpochMilli(occurredAt), recordedBy,
                    Instant.ofEpochMilli(Math.min(now, occurredAt + loggingDelay)), SOURCE, null, null));
        }
        return interactions;
    }

    private static Weighted<Outcome> outcomes(Channel channel, Direction direction) {
        if (direction == Direction.INBOUND) {
            return INBOUND_OUTCOMES;
        }
        return channel == Channel.PHONE ? OUTBOUND_CALL_OUTCOMES : OUTBOUND_OUTCOMES;
    }

    /** One or two sentences. */
    private String notes() {
        String first = random.pick(DemoVocabulary.INTERACTION_NOTES);
        String second = random.pick(DemoVocabulary.INTERACTION_NOTES);
        return random.chance(0.3) && !second.equals(first) ? first + " " + second : first;
    }

    /**
     * Between 8:00 and 18:00 in the customer's zone, on a weekday of the week of a random moment of the span.
     * Falls back to that moment itself when the office hours lie outside the span, as at its very edges.
     */
    private long duringOfficeHours(ActiveSpan span, int utcOffsetSeconds) {
        long anyTime = span.randomInstant(random);
        long offset = utcOffsetSeconds * 1000L;
        long localDay = Math.floorDiv(anyTime + offset, DAY);
        long monday = localDay - Math.floorMod(localDay + 3, 7L); // epoch day 0 was a Thursday
        long inOfficeHours = (monday + random.between(0, 4)) * DAY + random.between(OFFICE_OPENS, OFFICE_CLOSES)
                - offset;
        return span.contains(inOfficeHours) ? inOfficeHours : anyTime;
    }
}
