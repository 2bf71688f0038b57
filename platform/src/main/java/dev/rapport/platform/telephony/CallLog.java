package dev.rapport.platform.telephony;

import static dev.rapport.platform.internal.db.Tables.UNMATCHED_CALL;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.PhoneNumbers;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Calls from the phone system, captured whatever their outcome: a call whose number (normalised to E.164) belongs
 * to a customer is logged on that customer's timeline as a phone interaction recorded by the agent; any other call
 * is kept as an unmatched call until an agent assigns it to a customer, which logs it there. Nothing leaks: every
 * reported call ends on a timeline or on the unmatched list.
 */
public final class CallLog {

    /** The source of interactions logged from calls. */
    public static final String SOURCE = "telephony";
    private static final int MAX_PAGE = 500;

    /** What became of a reported call. */
    public sealed interface Result {
        /** Logged on the customer the number belongs to. */
        record Logged(long customerId, long interactionId) implements Result {
        }

        /** No customer has the number: kept on the unmatched list. */
        record Unmatched(long unmatchedCallId) implements Result {
        }
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final CustomerService customers;
    private final InteractionService interactions;
    private final UserDirectory users;

    public CallLog(DSLContext dsl, Clock clock, CustomerService customers, InteractionService interactions,
                   UserDirectory users) {
        this.dsl = dsl;
        this.clock = clock;
        this.customers = customers;
        this.interactions = interactions;
        this.users = users;
    }

    /**
     * Logs a reported call on its customer, or keeps it as unmatched; agents and above (a phone system's service
     * account).
     *
     * @throws ValidationException for a missing or impossible number, direction or times, or an unknown agent
     */
    public Result record(CallEvent call, Actor actor) {
        Permissions.require(actor, Role.AGENT, "report calls");
        List<FieldError> errors = new ArrayList<>();
        Optional<PhoneNumbers.Normalised> number = call.number() == null || call.number().isBlank() ? Optional.empty()
                : customers.normalisePhone(call.number(), null);
        if (number.isEmpty()) {
            errors.add(FieldError.of("number", "validation.phone", call.number() == null ? "" : call.number()));
        }
        if (call.direction() == null) {
            errors.add(FieldError.of("direction", "validation.required"));
        }
        if (call.start() == null) {
            errors.add(FieldError.of("start", "validation.required"));
        } else if (call.start().isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            errors.add(FieldError.of("start", "validation.future"));
        }
        if (call.end() == null || (call.start() != null && call.end().isBefore(call.start()))) {
            errors.add(FieldError.of("end", "validation.callEnd"));
        }
        Long agentId = null;
        if (call.agent() != null && !call.agent().isBlank()) {
            Optional<User> agent = users.findByUsername(call.agent().strip()).filter(User::active);
            if (agent.isEmpty()) {
                errors.add(FieldError.of("agent", "validation.userMissing"));
            } else {
                agentId = agent.get().id();
            }
        }
        ValidationException.throwIfAny(errors);
        Long recordedBy = agentId != null ? agentId : actor.storedUserId();
        Optional<Long> customerId = Optional.ofNullable(customers.customersByPhone(Set.of(number.get().e164Digits()))
                .get(number.get().e164Digits()));
        if (customerId.isPresent()) {
            long interactionId = dsl.transactionResult(configuration -> interactions.logRecordedBy(configuration.dsl(),
                    draft(customerId.get(), number.get().international(), call.direction(), call.start(), call.end()),
                    recordedBy, actor));
            return new Result.Logged(customerId.get(), interactionId);
        }
        long id = dsl.insertInto(UNMATCHED_CALL)
                .set(UNMATCHED_CALL.PHONE_E164, number.get().international())
                .set(UNMATCHED_CALL.DIRECTION, call.direction().name())
                .set(UNMATCHED_CALL.STARTED_AT, call.start())
                .set(UNMATCHED_CALL.ENDED_AT, call.end())
                .set(UNMATCHED_CALL.AGENT_USER_ID, agentId)
                .set(UNMATCHED_CALL.REPORTED_BY, actor.storedUserId())
                .set(UNMATCHED_CALL.REPORTED_AT, clock.instant())
                .returningResult(UNMATCHED_CALL.ID).fetchSingle().value1();
        return new Result.Unmatched(id);
    }

    /**
     * Assigns an unmatched call to a customer: logs it on their timeline and takes it off the list, in one
     * transaction; agents and above.
     *
     * @throws NotFoundException when the call is not (or no longer) on the list, or the customer does not exist
     */
    public long assign(long callId, long customerId, Actor actor) {
        Permissions.require(actor, Role.AGENT, "assign calls");
        customers.get(customerId);
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            UnmatchedCall call = tx.selectFrom(UNMATCHED_CALL).where(UNMATCHED_CALL.ID.eq(callId))
                    .and(UNMATCHED_CALL.ASSIGNED.isFalse()).forUpdate().fetchOptional(CallLog::toCall)
                    .orElseThrow(() -> new NotFoundException("Unmatched call", callId));
            Long recordedBy = call.agentUserId() != null ? call.agentUserId() : actor.storedUserId();
            long interactionId = interactions.logRecordedBy(tx, draft(customerId, call.number(), call.direction(),
                    call.start(), call.end()), recordedBy, actor);
            tx.update(UNMATCHED_CALL).set(UNMATCHED_CALL.ASSIGNED, true).set(UNMATCHED_CALL.CUSTOMER_ID, customerId)
                    .set(UNMATCHED_CALL.INTERACTION_ID, interactionId).set(UNMATCHED_CALL.ASSIGNED_BY, actor.storedUserId())
                    .set(UNMATCHED_CALL.ASSIGNED_AT, clock.instant()).where(UNMATCHED_CALL.ID.eq(callId)).execute();
            return interactionId;
        });
    }

    /** The calls still unassigned, newest first, after {@code after} (null: the first page). */
    public List<UnmatchedCall> open(UnmatchedCall after, int limit) {
        var query = dsl.selectFrom(UNMATCHED_CALL).where(UNMATCHED_CALL.ASSIGNED.isFalse())
                .orderBy(UNMATCHED_CALL.STARTED_AT.desc(), UNMATCHED_CALL.ID.desc());
        int capped = Math.min(limit, MAX_PAGE);
        return (after == null ? query.limit(capped) : query.seek(after.start(), after.id()).limit(capped))
                .fetch(CallLog::toCall);
    }

    private static InteractionDraft draft(long customerId, String number, Direction direction, java.time.Instant start,
                                          java.time.Instant end) {
        Duration length = Duration.between(start, end);
        String subject = number + " · " + length.toMinutes() + ":" + String.format("%02d", length.toSecondsPart());
        return new InteractionDraft(customerId, null, Channel.PHONE, direction, subject, null,
                length.isZero() ? Outcome.NO_ANSWER : Outcome.COMPLETED, start, SOURCE);
    }

    private static UnmatchedCall toCall(dev.rapport.platform.internal.db.tables.records.UnmatchedCallRecord r) {
        return new UnmatchedCall(r.getId(), r.getPhoneE164(), Direction.valueOf(r.getDirection()), r.getStartedAt(),
                r.getEndedAt(), r.getAgentUserId());
    }
}
