package dev.rapport.plugin.service.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands. Which statuses pause the SLA clocks is a setting ({@link ServiceSettings}); resolved and
 * closed stop them; a reopened request runs its resolution clock again from the time it had spent.
 */
public enum RequestStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    WAITING_ON_CUSTOMER,
    WAITING_ON_THIRD_PARTY,
    RESOLVED,
    CLOSED,
    REOPENED;

    /** Statuses in which work is still to be done. */
    public static final Set<RequestStatus> OPEN = EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER,
            WAITING_ON_THIRD_PARTY, REOPENED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** The statuses a person may move a request in this status to. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case NEW, REOPENED -> EnumSet.of(ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, WAITING_ON_THIRD_PARTY, RESOLVED);
            case ASSIGNED -> EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, WAITING_ON_THIRD_PARTY, RESOLVED);
            case IN_PROGRESS -> EnumSet.of(ASSIGNED, WAITING_ON_CUSTOMER, WAITING_ON_THIRD_PARTY, RESOLVED);
            case WAITING_ON_CUSTOMER -> EnumSet.of(IN_PROGRESS, WAITING_ON_THIRD_PARTY, RESOLVED);
            case WAITING_ON_THIRD_PARTY -> EnumSet.of(IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.noneOf(RequestStatus.class);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }
}
