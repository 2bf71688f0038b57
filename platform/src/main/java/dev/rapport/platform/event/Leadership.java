package dev.rapport.platform.event;

import dev.rapport.platform.config.RapportConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * How the event dispatcher holds its lease.
 *
 * @param nodeId names this node in the lease; every node of a cluster needs its own
 * @param term how long a taken or renewed lease lasts: after a node's death, delivery resumes on another node
 *             within about this time
 * @param renewEvery how often the leader renews the lease; well under a third of {@code term}, so that a renewal
 *                   or two may fail before the leader has to stop
 */
public record Leadership(String nodeId, Duration term, Duration renewEvery) {

    public static final Duration DEFAULT_TERM = Duration.ofSeconds(10);
    public static final Duration DEFAULT_RENEW_EVERY = Duration.ofSeconds(2);

    public Leadership {
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("The node id must not be blank");
        }
        if (renewEvery.isNegative() || renewEvery.isZero() || renewEvery.multipliedBy(3).compareTo(term) >= 0) {
            throw new IllegalArgumentException("The lease must be renewed more often than every third of its term: "
                    + renewEvery.toMillis() + " ms for a term of " + term.toMillis() + " ms");
        }
    }

    /** From {@code node.id}, {@code events.dispatcher.lease.ms} and {@code events.dispatcher.renew.ms}. */
    public static Leadership configured(RapportConfig config) {
        String nodeId = config.get("node.id", "");
        return new Leadership(nodeId.isBlank() ? defaultNodeId() : nodeId,
                Duration.ofMillis(config.getInt("events.dispatcher.lease.ms", (int) DEFAULT_TERM.toMillis())),
                Duration.ofMillis(config.getInt("events.dispatcher.renew.ms", (int) DEFAULT_RENEW_EVERY.toMillis())));
    }

    /** The host's name and the process id: unique per running node, readable in the lease table. */
    static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
