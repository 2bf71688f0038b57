package dev.rapport.platform.job;

import dev.rapport.sdk.job.JobRunInfo;
import java.time.Instant;
import java.util.Optional;

/** A registered job as the Jobs page shows it. */
public record JobView(String pluginId, String jobId, String labelKey, String schedule, boolean paused,
                      Optional<JobRunInfo> lastRun, Optional<Instant> nextDue) {
}
