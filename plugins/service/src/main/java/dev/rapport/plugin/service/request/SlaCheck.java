package dev.rapport.plugin.service.request;

import dev.rapport.plugin.service.agreement.AgreementRepository;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.agreement.AppliedAgreement;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueRepository;
import dev.rapport.plugin.service.sla.ClockPhase;
import dev.rapport.plugin.service.sla.ClockState;
import dev.rapport.plugin.service.sla.SlaClock;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskPriority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * What the SLA scan does to requests whose scan time has come, a batch at a time in the caller's transaction with
 * the batch's requests locked: a clock within the warning time of its due time gets a warning task for the agent
 * (or the queue's department) once, remembered with the request in the same transaction, so no restart repeats it;
 * a clock past its due time is breached at that due time, and the escalation rules run: a task for the queue's
 * manager, the priority one step up (both clocks retargeted, keeping their spent time). A breach without a warning
 * before it (the scan was down) is not warned about afterwards.
 *
 * <p>A batch costs a few statements whatever its size (one locking read, one batched update, one multi-row history
 * insert, one SDK call creating the batch's tasks); agreements and queues are read once per {@link Pass}.
 */
public final class SlaCheck {

    /** What one check did. */
    public record Outcome(int warnings, int breaches) {
    }

    /**
     * The agreements (with their calendars) and queues read during one scan pass, so a batch does not read them
     * again per request. A pass lasts seconds; an agreement edited meanwhile counts from the next pass on. Not
     * thread-safe: one pass, one thread.
     */
    public static final class Pass {

        private final Map<Long, AppliedAgreement> agreements = new HashMap<>();
        private final Map<Long, Queue> queues = new HashMap<>();
    }

    private final PluginContext context;
    private final RequestService requests;
    private final AgreementService agreements;

    /** A task title takes at most 200 characters (see {@link NewTask}); a subject may take as many on its own. */
    private static final int MAX_TASK_TITLE = 200;

    public SlaCheck(PluginContext context, RequestService requests, AgreementService agreements) {
        this.context = context;
        this.requests = requests;
        this.agreements = agreements;
    }

    /** Checks the open requests among {@code requestIds}, locked together in the caller's transaction. */
    public Outcome checkAll(DSLContext tx, List<Long> requestIds, Instant now, Pass pass) {
        RequestRepository repository = new RequestRepository(tx);
        HistoryRepository.Batch history = new HistoryRepository(tx).batch();
        List<ServiceRequest> checked = new ArrayList<>(requestIds.size());
        List<NewTask> tasks = new ArrayList<>();
        int warnings = 0;
        int breaches = 0;
        // Read once per batch: every read of a setting is a query.
        Duration warning = requests.settings().warningBeforeBreach();
        for (ServiceRequest request : repository.lockOpen(requestIds)) {
            SlaClock clock = pass.agreements.computeIfAbsent(request.agreementId(),
                    id -> agreements.applied(tx, new AgreementRepository(tx).get(id))).clock();
            Queue queue = pass.queues.computeIfAbsent(request.queueId(), id -> new QueueRepository(tx).get(id));
            RequestClocks clocks = request.clocks();
            Instant warningFrom = now.plus(warning);
            Instant responseWarned = clocks.responseWarnedAt();
            Instant resolutionWarned = clocks.resolutionWarnedAt();
            if (needsWarning(clocks.response(), responseWarned, now, warningFrom)) {
                tasks.add(warning(request, queue, "first response", clocks.response().due(), history, now));
                responseWarned = now;
                warnings++;
            }
            if (needsWarning(clocks.resolution(), resolutionWarned, now, warningFrom)) {
                tasks.add(warning(request, queue, "resolution", clocks.resolution().due(), history, now));
                resolutionWarned = now;
                warnings++;
            }
            RequestClocks afterCheck = new RequestClocks(clock.recordBreach(clocks.response(), now), responseWarned,
                    clock.recordBreach(clocks.resolution(), now), resolutionWarned);
            ServiceRequest next = request.withClocks(afterCheck);
            boolean newBreach = !clocks.response().breached() && afterCheck.response().breached()
                    || !clocks.resolution().breached() && afterCheck.resolution().breached();
            if (newBreach) {
                next = escalate(tx, next, queue, history, tasks, now);
            }
            breaches += breachesLogged(history, request, clocks, next.clocks(), now);
            checked.add(next.withUpdatedAt(now));
        }
        context.tasks().createAll(tx, tasks);
        repository.updateLocked(checked, warning);
        history.flush();
        return new Outcome(warnings, breaches);
    }

    private static boolean needsWarning(ClockState clock, Instant warnedAt, Instant now, Instant warningFrom) {
        return clock.phase() == ClockPhase.RUNNING && !clock.breached() && warnedAt == null
                && now.isBefore(clock.due()) && !warningFrom.isBefore(clock.due());
    }

    /** Records the warning in the history and returns its task, created with the batch's others. */
    private static NewTask warning(ServiceRequest request, Queue queue, String which, Instant due,
                                   HistoryRepository.Batch history, Instant now) {
        history.append(request.id(), HistoryKind.WARNING, null, which, "due " + due, now);
        return new NewTask(taskTitle("SLA " + which + " due soon: ", request.subject()),
                "Service request #" + request.id() + " is due " + due + ". service/requests/" + request.id(),
                request.customerId(), LocalDate.ofInstant(now, ZoneOffset.UTC), TaskPriority.HIGH,
                request.assigneeId(), request.assigneeId() == null ? queue.departmentId() : null);
    }

    private ServiceRequest escalate(DSLContext tx, ServiceRequest request, Queue queue, HistoryRepository.Batch history,
                                    List<NewTask> tasks, Instant now) {
        ServiceSettings settings = requests.settings();
        if (settings.notifyManagerOnBreach()) {
            tasks.add(new NewTask(taskTitle("SLA breached: ", request.subject()),
                    "Service request #" + request.id() + " missed its service level. service/requests/" + request.id(),
                    request.customerId(), LocalDate.ofInstant(now, ZoneOffset.UTC), TaskPriority.URGENT,
                    queue.managerUserId(), queue.managerUserId() == null ? queue.departmentId() : null));
        }
        ServiceRequest escalated = request;
        if (settings.raisePriorityOnBreach() && request.priority() != Priority.URGENT) {
            // The new terms write their own history entry: what was collected goes first, so the order stays.
            history.flush();
            escalated = requests.newTerms(tx, request, request.priority().raised(), request.agreementId(), null, now);
        }
        history.append(request.id(), HistoryKind.ESCALATED, request.priority(), escalated.priority(),
                settings.notifyManagerOnBreach() ? "manager notified" : null, now);
        return escalated;
    }

    private static int breachesLogged(HistoryRepository.Batch history, ServiceRequest request, RequestClocks before,
                                      RequestClocks after, Instant now) {
        int logged = 0;
        if (!before.response().breached() && after.response().breached()) {
            history.append(request.id(), HistoryKind.BREACH, null, "first response",
                    "breached at " + after.response().breachedAt(), now);
            logged++;
        }
        if (!before.resolution().breached() && after.resolution().breached()) {
            history.append(request.id(), HistoryKind.BREACH, null, "resolution",
                    "breached at " + after.resolution().breachedAt(), now);
            logged++;
        }
        return logged;
    }

    /** The prefix and as much of the subject as fits a task title, so a long subject never stops a warning. */
    private static String taskTitle(String prefix, String subject) {
        String title = prefix + subject;
        return title.length() <= MAX_TASK_TITLE ? title : title.substring(0, MAX_TASK_TITLE - 1) + "…";
    }
}
