package dev.rapport.bench;

import java.util.List;

/**
 * Everything measured at one database size.
 *
 * @param loadBefore the load averages when the measurements started, {@code loadAfter} when they ended
 */
record SizeResults(int customers, GeneratedDatabase.Generation generation, String mariaDbVersion, String loadBefore,
                   String loadAfter, List<LatencyResult> latencies, List<Figure> figures) {
}
