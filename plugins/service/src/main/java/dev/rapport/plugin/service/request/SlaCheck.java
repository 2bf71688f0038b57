package dev.rapport.plugin.service.request;

import dev.rapport.plugin.service.agreement.AgreementRepository;
import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueRepository;
import dev.rapport.plugin.service.sla.ClockPhase;
import dev.rapport.plugin.service.sla.ClockState;
import dev.rapport.plugin.service.sla.SlaClock;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskPriority;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jooq.DSLContext;

/**
 * What the SLA scan does to one request whose scan time has come, in the caller's transaction with the request
 * locked: a clock within the warning time of its due time gets a warning task for the agent (or the queue's
 * department) once, remembered with the request in the same transaction, so no restart repeats it; a clock past
 * its due time is breached at that due time, and the escalation rules run: a task for the queue's manager, the
 * priority one step up (both clocks retargeted, keeping their spent time). A breach without a warning before it
 * (the scan was down) is not warned about afterwards.
 */
public final class SlaCheck {

    /** What one check did. */
    public record Outcome(int warnings, int breaches) {
    }

    private final PluginContext context;
    private final RequestService requests;
    private final AgreementService agreements;

    public SlaCheck(PluginContext context, RequestService requests, AgreementService agreements) {
        this.context = context;
        this.requests = requests;
        this.agreements = agreements;
    }

    public Outcome check(DSLContext tx, long requestId, Instant now) {
        int[] counts = new int[2];
        requests.change(tx, requestId, null, (inner, request, at) -> {
            if (!request.status().isOpen()) {
                return request;
            }
            SlaClock clock = agreements.applied(inner, new AgreementRepository(inner).get(request.agreementId())).clock();
            RequestClocks clocks = request.clocks();
            Instant warningFrom = now.plus(requests.settings().warningBeforeBreach());
            Queue queue = new QueueRepository(inner).get(request.queueId());
            HistoryRepository history = new HistoryRepository(inner);
            Instant responseWarned = clocks.responseWarnedAt();
            Instant resolutionWarned = clocks.resolutionWarnedAt();
            if (needsWarning(clocks.response(), responseWarned, now, warningFrom)) {
                warn(inner, request, queue, "first response", clocks.response().due(), history, now);
                responseWarned = now;
                counts[0]++;
            }
            if (needsWarning(clocks.resolution(), resolutionWarned, now, warningFrom)) {
                warn(inner, request, queue, "resolution", clocks.resolution().due(), history, now);
                resolutionWarned = now;
                counts[0]++;
            }
            RequestClocks checked = new RequestClocks(clock.recordBreach(clocks.response(), now), responseWarned,
                    clock.recordBreach(clocks.resolution(), now), resolutionWarned);
            ServiceRequest next = request.withClocks(checked);
            boolean newBreach = !clocks.response().breached() && checked.response().breached()
                    || !clocks.resolution().breached() && checked.resolution().breached();
            if (newBreach) {
                next = escalate(inner, next, queue, history, now);
            }
            counts[1] += breachesLogged(history, request, clocks, next.clocks(), now);
            return next;
        });
        return new Outcome(counts[0], counts[1]);
    }

    private static boolean needsWarning(ClockState clock, Instant warnedAt, Instant now, Instant warningFrom) {
        return clock.phase() == ClockPhase.RUNNING && !clock.breached() && warnedAt == null
                && now.isBefore(clock.due()) && !warningFrom.isBefore(clock.due());
    }

    private void warn(DSLContext tx, ServiceRequest request, Queue queue, String which, Instant due,
                      HistoryRepository history, Instant now) {
        context.tasks().create(tx, new NewTask("SLA " + which + " due soon: " + request.subject(),
                "Service request #" + request.id() + " is due " + due + ". service/requests/" + request.id(),
                request.customerId(), LocalDate.ofInstant(now, ZoneOffset.UTC), TaskPriority.HIGH,
                request.assigneeId(), request.assigneeId() == null ? queue.departmentId() : null));
        history.append(request.id(), HistoryKind.WARNING, null, which, "due " + due, null, null, now);
    }

    private ServiceRequest escalate(DSLContext tx, ServiceRequest request, Queue queue, HistoryRepository history,
                                    Instant now) {
        ServiceSettings settings = requests.settings();
        if (settings.notifyManagerOnBreach()) {
            context.tasks().create(tx, new NewTask("SLA breached: " + request.subject(),
                    "Service request #" + request.id() + " missed its service level. service/requests/" + request.id(),
                    request.customerId(), LocalDate.ofInstant(now, ZoneOffset.UTC), TaskPriority.URGENT,
                    queue.managerUserId(), queue.managerUserId() == null ? queue.departmentId() : null));
        }
        ServiceRequest escalated = request;
        if (settings.raisePriorityOnBreach() && request.priority() != Priority.URGENT) {
            escalated = requests.newTerms(tx, request, request.priority().raised(), request.agreementId(), null, now);
        }
        history.append(request.id(), HistoryKind.ESCALATED, request.priority(), escalated.priority(),
                settings.notifyManagerOnBreach() ? "manager notified" : null, null, null, now);
        return escalated;
    }

    private static int breachesLogged(HistoryRepository history, ServiceRequest request, RequestClocks before,
                                      RequestClocks after, Instant now) {
        int logged = 0;
        if (!before.response().breached() && after.response().breached()) {
            history.append(request.id(), HistoryKind.BREACH, null, "first response",
                    "breached at " + after.response().breachedAt(), null, null, now);
            logged++;
        }
        if (!before.resolution().breached() && after.resolution().breached()) {
            history.append(request.id(), HistoryKind.BREACH, null, "resolution",
                    "breached at " + after.resolution().breachedAt(), null, null, now);
            logged++;
        }
        return logged;
    }
}
