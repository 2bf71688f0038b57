package dev.rapport.plugin.service.request;

import dev.rapport.plugin.service.ServicePermissions;
import dev.rapport.plugin.service.agreement.Agreement;
import dev.rapport.plugin.service.agreement.AgreementRepository;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.agreement.AppliedAgreement;
import dev.rapport.plugin.service.event.RequestOpened;
import dev.rapport.plugin.service.event.RequestResolved;
import dev.rapport.plugin.service.event.ServiceCostRecorded;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueRepository;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * What agents do with service requests: open one (by hand or from a logged interaction), move it through its
 * statuses, change its priority or agreement, assign it, write internal notes and replies to the customer, log
 * working time. Each action checks the acting user's role, runs in one transaction with the request locked, keeps
 * the SLA clocks right ({@link ClockRules}) and writes the request's history; a version mismatch on a person's
 * edit is a {@link ConcurrentEditException}.
 */
public final class RequestService {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_CATEGORY = 60;

    private final PluginContext context;
    private final AgreementService agreements;
    private final QueueService queues;
    private final ServiceSettings settings;
    private final Clock clock;
    private final ResolutionFollowUp onResolved;

    public RequestService(PluginContext context, AgreementService agreements, QueueService queues,
                          ServiceSettings settings, Clock clock) {
        this(context, agreements, queues, settings, clock, ResolutionFollowUp.NONE);
    }

    public RequestService(PluginContext context, AgreementService agreements, QueueService queues,
                          ServiceSettings settings, Clock clock, ResolutionFollowUp onResolved) {
        this.context = context;
        this.agreements = agreements;
        this.queues = queues;
        this.settings = settings;
        this.clock = clock;
        this.onResolved = onResolved;
    }

    public ServiceRequest get(long id) {
        return new RequestRepository(context.dsl()).get(id);
    }

    public List<ServiceRequest> page(long queueId, Set<RequestStatus> statuses, ServiceRequest after, int limit) {
        return new RequestRepository(context.dsl()).page(queueId, statuses, after, Math.min(limit, 200));
    }

    public List<ServiceRequest> ofCustomer(long customerId, int limit) {
        return new RequestRepository(context.dsl()).ofCustomer(customerId, Math.min(limit, 200));
    }

    public List<ServiceRequest> ofCustomerBefore(long customerId, Instant beforeOpenedAt, long beforeId, int limit) {
        return new RequestRepository(context.dsl()).ofCustomerBefore(customerId, beforeOpenedAt, beforeId, Math.min(limit, 200));
    }

    public int openCount(long customerId) {
        return new RequestRepository(context.dsl()).countOpenOfCustomer(customerId);
    }

    public QueueCounts counts(long queueId) {
        return new RequestRepository(context.dsl()).counts(queueId);
    }

    public List<HistoryEntry> history(long requestId, long afterId, int limit) {
        return new HistoryRepository(context.dsl()).of(requestId, afterId, Math.min(limit, 500));
    }

    /** The clock arithmetic of the request's agreement (for showing how much time its clocks have spent). */
    public AppliedAgreement agreementOf(ServiceRequest request) {
        return agreements.applied(context.dsl(), agreements.agreement(request.agreementId()));
    }

    /** The agreement of {@code request} with its clock arithmetic, read in the transaction {@code tx}. */
    AppliedAgreement agreementOf(DSLContext tx, ServiceRequest request) {
        return agreements.applied(tx, new AgreementRepository(tx).get(request.agreementId()));
    }

    /** Opens a request; the agreement and the queue's assignment rule decide its clocks and its agent. */
    public long open(RequestDraft draft) {
        Long actor = requireAgent("open service requests");
        validate(draft);
        return context.dsl().transactionResult(configuration -> open(configuration.dsl(), draft, actor));
    }

    /**
     * Opens a request for the system, in the caller's transaction {@code tx}, with no user's role to check: the
     * website form's posts. Its fields are validated as an agent's are; the customer is the caller's to vouch for
     * (it may have been created in {@code tx}, which the customer directory does not see yet).
     */
    public long openAsSystem(DSLContext tx, RequestDraft draft) {
        ValidationException.throwIfAny(fieldErrors(draft));
        return open(tx, draft, null);
    }

    /** Opens a request from a logged interaction (an email, a call): its subject, notes and channel, linked to it. */
    public long openFromInteraction(InteractionInfo interaction, Long queueId, String category, Priority priority) {
        String subject = interaction.subject() == null || interaction.subject().isBlank()
                ? interaction.channel().name() : interaction.subject().strip();
        return open(new RequestDraft(interaction.customerId(), interaction.contactId(), queueId,
                subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject, interaction.notes(),
                interaction.channel(), category, priority, null, interaction.id()));
    }

    long open(DSLContext tx, RequestDraft draft, Long actorId) {
        Instant now = clock.instant();
        QueueRepository queueRepository = new QueueRepository(tx);
        Queue queue = draft.queueId() != null ? queueRepository.get(draft.queueId()) : queueRepository.all().stream()
                .findFirst().orElseThrow(() -> new ValidationException(List.of(FieldError.of("queue",
                        "service.validation.noQueue"))));
        String category = blankToNull(draft.category());
        AppliedAgreement applied = agreements.applicable(tx, draft.customerId(), draft.productId(), category,
                LocalDate.ofInstant(now, clock.getZone()));
        Long assignee = queues.chooseAssignee(tx, queue, category);
        RequestStatus status = assignee == null ? RequestStatus.NEW : RequestStatus.ASSIGNED;
        RequestClocks clocks = ClockRules.start(applied.clock(), applied.agreement().targetsFor(draft.priority()), now,
                status, settings.pausingStatuses());
        ServiceRequest request = new ServiceRequest(0, draft.customerId(), draft.contactId(), queue.id(), assignee,
                draft.subject().strip(), blankToNull(draft.description()), draft.channel(), category, draft.priority(),
                draft.productId(), status, applied.agreement().id(), draft.originInteractionId(), null, now, null, null,
                null, 0, clocks, 0, now, 0);
        long id = new RequestRepository(tx).insert(request, settings.warningBeforeBreach());
        HistoryRepository history = new HistoryRepository(tx);
        history.append(id, HistoryKind.OPENED, null, status, null, draft.originInteractionId(), actorId, now);
        if (assignee != null) {
            history.append(id, HistoryKind.ASSIGNED, null, assignee, queue.assignment().name(), null, actorId, now);
        }
        context.events().publish(tx, new RequestOpened(draft.customerId(), id, draft.channel().name(), category,
                draft.priority().name()));
        return id;
    }

    /** Moves the request to {@code to} if the workflow allows it; the clocks follow ({@link ClockRules}). */
    public void changeStatus(long id, int version, RequestStatus to, String note) {
        Long actor = requireAgent("change service requests");
        if (to == null) {
            throw new ValidationException(List.of(FieldError.of("status", "service.validation.required")));
        }
        if (to == RequestStatus.CLOSED) {
            context.security().requirePermission(ServicePermissions.CLOSE_REQUEST, "close service requests");
        }
        change(id, version, (tx, request, now) -> moveTo(tx, request, to, note, actor, now));
    }

    ServiceRequest moveTo(DSLContext tx, ServiceRequest request, RequestStatus to, String note, Long actorId, Instant now) {
        if (!request.status().canMoveTo(to)) {
            throw new ValidationException(List.of(FieldError.of("status", "service.validation.transition",
                    request.status().name(), to.name())));
        }
        AppliedAgreement applied = agreements.applied(tx, new AgreementRepository(tx)
                .get(request.agreementId()));
        RequestClocks clocks = ClockRules.onStatus(applied.clock(), request.clocks(), to, now, settings.pausingStatuses());
        Instant resolvedAt = to == RequestStatus.RESOLVED ? now : to == RequestStatus.REOPENED ? null : request.resolvedAt();
        Instant closedAt = to == RequestStatus.CLOSED ? now : request.closedAt();
        int reopens = request.reopenCount() + (to == RequestStatus.REOPENED ? 1 : 0);
        HistoryRepository history = new HistoryRepository(tx);
        history.append(request.id(), HistoryKind.STATUS, request.status(), to, blankToNull(note), null, actorId, now);
        if (request.clocks().running() != clocks.running() && to.isOpen()) {
            history.append(request.id(), clocks.running() ? HistoryKind.CLOCK_RESUMED : HistoryKind.CLOCK_PAUSED,
                    null, null, null, null, actorId, now);
        }
        ServiceRequest next = request.withStatus(to, resolvedAt, closedAt, reopens).withClocks(clocks);
        if (to == RequestStatus.RESOLVED) {
            context.events().publish(tx, new RequestResolved(request.customerId(), request.id(),
                    clocks.resolution().spent().toMinutes(), !clocks.breached(), request.minutesLogged()));
            onResolved.resolved(tx, next);
        }
        return next;
    }

    /** A new priority: both clocks get the agreement's targets for it, keeping the time they have spent. */
    public void changePriority(long id, int version, Priority priority) {
        Long actor = requireAgent("change service requests");
        change(id, version, (tx, request, now) -> newTerms(tx, request, priority, request.agreementId(), actor, now));
    }

    /** Another agreement (and so calendar): both clocks retargeted, keeping the time they have spent. */
    public void changeAgreement(long id, int version, long agreementId) {
        Long actor = requireAgent("change service requests");
        change(id, version, (tx, request, now) -> newTerms(tx, request, request.priority(), agreementId, actor, now));
    }

    ServiceRequest newTerms(DSLContext tx, ServiceRequest request, Priority priority, long agreementId, Long actorId,
                            Instant now) {
        var repository = new AgreementRepository(tx);
        AppliedAgreement current = agreements.applied(tx, repository.get(request.agreementId()));
        Agreement nextAgreement = repository.get(agreementId);
        AppliedAgreement next = agreements.applied(tx, nextAgreement);
        RequestClocks clocks = ClockRules.onNewTerms(current.clock(), next.clock(), request.clocks(),
                nextAgreement.targetsFor(priority), now);
        HistoryRepository history = new HistoryRepository(tx);
        if (priority != request.priority()) {
            history.append(request.id(), HistoryKind.PRIORITY, request.priority(), priority, null, null, actorId, now);
        }
        if (agreementId != request.agreementId()) {
            history.append(request.id(), HistoryKind.AGREEMENT, current.agreement().name(), nextAgreement.name(), null,
                    null, actorId, now);
        }
        return request.withTerms(priority, agreementId, clocks);
    }

    /** Gives the request to an agent (null: back to the queue); a new or reopened request becomes assigned. */
    public void assign(long id, int version, Long userId) {
        Long actor = requireAgent("assign service requests");
        change(id, version, (tx, request, now) -> {
            RequestStatus status = userId != null && (request.status() == RequestStatus.NEW
                    || request.status() == RequestStatus.REOPENED) ? RequestStatus.ASSIGNED : request.status();
            new HistoryRepository(tx).append(id, HistoryKind.ASSIGNED, request.assigneeId(), userId, null, null,
                    actor, now);
            return request.withAssignee(userId, status);
        });
    }

    /** An internal note: on the request's history only, never shown to the customer. */
    public void addNote(long id, String text) {
        Long actor = requireAgent("write notes on service requests");
        String clean = requireText(text);
        change(id, null, (tx, request, now) -> {
            new HistoryRepository(tx).append(id, HistoryKind.NOTE, null, null, clean, null, actor, now);
            return request;
        });
    }

    /**
     * A reply to the customer: logged as an outbound interaction on their timeline, the first response if it is
     * the first, and the request then moves to {@code thenStatus} (null: in progress, if it was new or assigned).
     */
    public void reply(long id, int version, String text, RequestStatus thenStatus) {
        Long actor = requireAgent("reply to customers");
        String clean = requireText(text);
        change(id, version, (tx, request, now) -> {
            Channel channel = request.channel() == Channel.WEB ? Channel.EMAIL : request.channel();
            InteractionInfo logged = context.interactions().append(tx, new NewInteraction(request.customerId(),
                    request.contactId(), channel, Direction.OUTBOUND, "Re: " + request.subject(), clean,
                    Outcome.COMPLETED, now));
            new HistoryRepository(tx).append(id, HistoryKind.REPLY, null, null, clean, logged.id(), actor, now);
            AppliedAgreement applied = agreements.applied(tx,
                    new AgreementRepository(tx).get(request.agreementId()));
            ServiceRequest answered = request.firstResponseAt() != null ? request
                    : request.withFirstResponse(now, ClockRules.onReply(applied.clock(), request.clocks(), now));
            RequestStatus next = thenStatus != null ? thenStatus
                    : request.status() == RequestStatus.NEW || request.status() == RequestStatus.ASSIGNED
                    || request.status() == RequestStatus.REOPENED ? RequestStatus.IN_PROGRESS : null;
            return next == null || next == request.status() ? answered : moveTo(tx, answered, next, null, actor, now);
        });
    }

    /** Working time spent on the request: added up, and recorded as cost to serve at the queue's hourly rate. */
    public void logTime(long id, int minutes) {
        Long actor = requireAgent("log time on service requests");
        if (minutes < 1 || minutes > 24 * 60) {
            throw new ValidationException(List.of(FieldError.of("minutes", "service.validation.range", 1, 24 * 60)));
        }
        change(id, null, (tx, request, now) -> {
            Queue queue = new QueueRepository(tx).get(request.queueId());
            BigDecimal amount = queue.hourlyRate().multiply(BigDecimal.valueOf(minutes))
                    .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
            new HistoryRepository(tx).append(id, HistoryKind.TIME_LOGGED, null, minutes, null, null, actor, now);
            context.events().publish(tx, new ServiceCostRecorded(request.customerId(), id, minutes, amount, queue.currency()));
            return request.withMinutesLogged(request.minutesLogged() + minutes);
        });
    }

    /** One change of a locked request in one transaction, stored with a new version and updated time. */
    interface Change {
        ServiceRequest apply(DSLContext tx, ServiceRequest request, Instant now);
    }

    void change(long id, Integer version, Change change) {
        context.dsl().transaction(configuration -> change(configuration.dsl(), id, version, change));
    }

    void change(DSLContext tx, long id, Integer version, Change change) {
        RequestRepository requests = new RequestRepository(tx);
        ServiceRequest current = requests.lock(id);
        if (version != null && current.version() != version) {
            throw new ConcurrentEditException("Service request", id, current.updatedAt(), "someone else");
        }
        Instant now = clock.instant();
        ServiceRequest next = change.apply(tx, current, now);
        requests.update(next.withUpdatedAt(now), settings.warningBeforeBreach());
    }

    ServiceSettings settings() {
        return settings;
    }

    private void validate(RequestDraft draft) {
        List<FieldError> errors = fieldErrors(draft);
        if (context.customers().find(draft.customerId()).isEmpty()) {
            errors.add(FieldError.of("customer", "service.validation.noCustomer"));
        }
        ValidationException.throwIfAny(errors);
    }

    private static List<FieldError> fieldErrors(RequestDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (draft.subject() == null || draft.subject().isBlank()) {
            errors.add(FieldError.of("subject", "service.validation.required"));
        } else if (draft.subject().strip().length() > MAX_SUBJECT) {
            errors.add(FieldError.of("subject", "service.validation.tooLong", MAX_SUBJECT));
        }
        if (draft.description() != null && draft.description().length() > MAX_TEXT) {
            errors.add(FieldError.of("description", "service.validation.tooLong", MAX_TEXT));
        }
        if (draft.category() != null && draft.category().strip().length() > MAX_CATEGORY) {
            errors.add(FieldError.of("category", "service.validation.tooLong", MAX_CATEGORY));
        }
        if (draft.channel() == null) {
            errors.add(FieldError.of("channel", "service.validation.required"));
        }
        if (draft.priority() == null) {
            errors.add(FieldError.of("priority", "service.validation.required"));
        }
        return errors;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(List.of(FieldError.of("text", "service.validation.required")));
        }
        if (text.length() > MAX_TEXT) {
            throw new ValidationException(List.of(FieldError.of("text", "service.validation.tooLong", MAX_TEXT)));
        }
        return text.strip();
    }

    /** The acting user's id (null: the system), after checking they are an agent or more. */
    private Long requireAgent(String action) {
        context.security().requireRole(Role.AGENT, action);
        return context.security().currentUser().map(UserInfo::id).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
