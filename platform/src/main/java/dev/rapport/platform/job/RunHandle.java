package dev.rapport.platform.job;

import dev.rapport.sdk.job.JobRun;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A run's progress handle: keeps the latest progress in memory and writes it at most once a second. */
final class RunHandle implements JobRun {

    private static final Logger log = LoggerFactory.getLogger(RunHandle.class);
    private static final Duration WRITE_INTERVAL = Duration.ofSeconds(1);

    private final long runId;
    private final JobStore store;
    private final Clock clock;
    private final String startedBy;
    private final Instant startedAt;
    private volatile boolean cancelled;
    private boolean inJobCode = true;
    private long done;
    private long total;
    private String message;
    private Instant lastWrite = Instant.MIN;

    RunHandle(long runId, JobStore store, Clock clock, String startedBy, Instant startedAt) {
        this.runId = runId;
        this.store = store;
        this.clock = clock;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    long runId() {
        return runId;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        this.done = done;
        this.total = total;
        this.message = message;
        Instant now = clock.instant();
        if (Duration.between(lastWrite, now).compareTo(WRITE_INTERVAL) >= 0) {
            lastWrite = now;
            try {
                store.progress(runId, done, total, message);
            } catch (RuntimeException e) {
                log.warn("Progress of job run {} not written: {}", runId, e.toString());
            }
        }
    }

    synchronized long done() {
        return done;
    }

    synchronized long total() {
        return total;
    }

    synchronized String message() {
        return message;
    }

    /**
     * Asks the run to stop: sets the flag and interrupts its thread while it is in the job's code, never once it is
     * recording its outcome (an interrupt closes the JDBC socket under that write).
     */
    synchronized void cancel(Thread thread) {
        cancelled = true;
        if (inJobCode) {
            thread.interrupt();
        }
    }

    /**
     * Asks the run to stop without interrupting it: for work that checks {@link #isCancelled()} between short
     * transactions, which an interrupt would break off (the driver closes the connection under it).
     */
    void requestStop() {
        cancelled = true;
    }

    /** Marks the end of the job's code and clears an interrupt meant for it. */
    synchronized void leaveJobCode() {
        inJobCode = false;
        Thread.interrupted();
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public Optional<String> startedBy() {
        return Optional.ofNullable(startedBy);
    }

    @Override
    public Instant startedAt() {
        return startedAt;
    }
}
