package dev.rapport.plugin.service.ui.request;

import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.sla.SlaClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What the request page decides, without drawing: which statuses it may move to, and the actions, each on the
 * version the user saw (so a change someone else saved meanwhile is refused, not overwritten). The view reloads
 * after each action.
 */
public final class RequestDetailLogic {

    private final RequestService requests;
    private final Clock clock;
    private ServiceRequest request;

    public RequestDetailLogic(RequestService requests, Clock clock, long requestId) {
        this.requests = requests;
        this.clock = clock;
        this.request = requests.get(requestId);
    }

    public ServiceRequest request() {
        return request;
    }

    public void reload() {
        request = requests.get(request.id());
    }

    /** The statuses offered next, in workflow order. */
    public List<RequestStatus> nextStatuses() {
        return request.status().next().stream().sorted().toList();
    }

    /** The business time each clock has spent by now, by the request's calendar. */
    public Duration responseSpent() {
        return clock().spentAt(request.clocks().response(), clock.instant());
    }

    public Duration resolutionSpent() {
        return clock().spentAt(request.clocks().resolution(), clock.instant());
    }

    private SlaClock clock() {
        return requests.agreementOf(request).clock();
    }

    public void moveTo(RequestStatus status, String note) {
        requests.changeStatus(request.id(), request.version(), status, note);
    }

    public void changePriority(Priority priority) {
        requests.changePriority(request.id(), request.version(), priority);
    }

    public void assign(Long userId) {
        requests.assign(request.id(), request.version(), userId);
    }

    public void reply(String text, RequestStatus thenStatus) {
        requests.reply(request.id(), request.version(), text, thenStatus);
    }

    public void note(String text) {
        requests.addNote(request.id(), text);
    }

    public void logTime(int minutes) {
        requests.logTime(request.id(), minutes);
    }
}
