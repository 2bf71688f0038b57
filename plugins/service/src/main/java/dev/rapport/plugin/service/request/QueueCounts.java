package dev.rapport.plugin.service.request;

import java.util.EnumMap;
import java.util.Map;

/**
 * A queue's open requests: how many per status, how many breached an SLA, how many have no running clock (paused).
 */
public record QueueCounts(Map<RequestStatus, Integer> byStatus, int breached, int paused) {

    public QueueCounts {
        byStatus = Map.copyOf(byStatus);
    }

    static QueueCounts empty() {
        return new QueueCounts(Map.of(), 0, 0);
    }

    QueueCounts plus(RequestStatus status, int count, int breachedCount, int pausedCount) {
        Map<RequestStatus, Integer> counts = new EnumMap<>(RequestStatus.class);
        counts.putAll(byStatus);
        counts.merge(status, count, Integer::sum);
        return new QueueCounts(counts, breached + breachedCount, paused + pausedCount);
    }

    public int open() {
        return byStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Open requests with a running clock and no breach. */
    public int onTrack() {
        return open() - breached - paused;
    }
}
