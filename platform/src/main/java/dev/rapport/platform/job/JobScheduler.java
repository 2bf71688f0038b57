package dev.rapport.platform.job;

import dev.rapport.platform.persistence.Lease;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the plugins' background jobs on this node: every {@link #tick} starts each due, unpaused job whose lease
 * ({@code job:<plugin>:<job>}) it can take, so one run of a job goes at a time across all nodes; renews the leases
 * of its own runs; and records FAILED the runs of a node that stopped (their lease ended while they were RUNNING).
 * A run goes on a virtual thread; the job is called as registered (the plugin package wraps it so that it acts as
 * the plugin's identity).
 *
 * <p>Thread-safe. {@link #start()} ticks on one platform thread every few seconds; tests call {@link #tick()}.
 */
public final class JobScheduler implements AutoCloseable {

    static final Duration LEASE_TERM = Duration.ofMinutes(1);
    private static final Duration TICK = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    /** A registered job: who owns it and since when the platform knows it. */
    record Registered(String pluginId, BackgroundJob job, Instant since) {
        String key() {
            return pluginId + ":" + job.id();
        }
    }

    private record Active(Registered job, RunHandle handle, Thread thread, Lease lease) {
    }

    private record OneOff(RunHandle handle) {
    }

    private final JobStore store;
    private final LeaseStore leases;
    private final Clock clock;
    private final ZoneId zone;
    private final String node;
    private final PluginHealth health;
    private final Map<String, Registered> jobs = new ConcurrentHashMap<>();
    private final Map<String, Active> active = new ConcurrentHashMap<>();
    private final Map<Long, OneOff> oneOffs = new ConcurrentHashMap<>();
    private volatile Thread ticker;

    public JobScheduler(DSLContext dsl, Clock clock, ZoneId zone, String node, PluginHealth health) {
        this.store = new JobStore(dsl);
        this.leases = new LeaseStore(dsl, clock);
        this.clock = clock;
        this.zone = zone;
        this.node = node;
        this.health = health;
    }

    /** Registers a started plugin's job. */
    public void add(String pluginId, BackgroundJob job) {
        store.ensureDefinition(pluginId, job.id());
        Registered registered = new Registered(pluginId, job, clock.instant());
        jobs.put(registered.key(), registered);
    }

    /**
     * Removes the plugin's jobs; a run still going is cancelled (its flag set, its thread interrupted) and waited for
     * up to {@code wait}, so the plugin's classes are not unloaded under it.
     */
    public void removeOwnedBy(String pluginId, Duration wait) {
        jobs.values().removeIf(job -> job.pluginId().equals(pluginId));
        stopRuns(active.values().stream().filter(run -> run.job().pluginId().equals(pluginId)).toList(), wait);
    }

    /** The registered jobs, ordered by plugin and job id. */
    public List<JobView> jobs() {
        return jobs.values().stream().map(this::view)
                .sorted(Comparator.comparing(JobView::pluginId).thenComparing(JobView::jobId)).toList();
    }

    private JobView view(Registered job) {
        Instant lastStart = store.lastStart(job.pluginId(), job.job().id());
        return new JobView(job.pluginId(), job.job().id(), job.job().labelKey(),
                JobCalendar.describe(job.job().schedule(), zone), store.isPaused(job.pluginId(), job.job().id()),
                store.latest(job.pluginId(), job.job().id()),
                JobCalendar.nextDue(job.job().schedule(), lastStart, job.since(), zone));
    }

    /** Starts every due job this node can claim, renews its runs' leases, fails the runs of stopped nodes. */
    public void tick() {
        for (Active run : active.values()) {
            if (leases.renew(run.lease(), LEASE_TERM).isEmpty()) {
                log.warn("Job {} lost its lease; its run is cancelled", run.job().key());
                run.handle().cancel(run.thread());
            }
        }
        for (Registered job : jobs.values()) {
            try {
                if (!active.containsKey(job.key()) && isDue(job) && !store.isPaused(job.pluginId(), job.job().id())) {
                    claim(job).ifPresent(lease -> {
                        if (isDue(job)) {
                            launch(job, lease, null);
                        } else {
                            leases.release(lease);
                        }
                    });
                }
            } catch (RuntimeException e) {
                log.warn("Job {} not scheduled this time: {}", job.key(), e.toString());
            }
        }
    }

    private boolean isDue(Registered job) {
        Instant lastStart = store.lastStart(job.pluginId(), job.job().id());
        return JobCalendar.nextDue(job.job().schedule(), lastStart, job.since(), zone)
                .filter(due -> !due.isAfter(clock.instant())).isPresent();
    }

    /** Takes the job's lease and records FAILED the runs still RUNNING under it: their node stopped. */
    private Optional<Lease> claim(Registered job) {
        Optional<Lease> lease = leases.acquire("job:" + job.key(), node, LEASE_TERM);
        lease.ifPresent(held -> store.running(job.pluginId(), job.job().id()).forEach(orphan ->
                store.finish(orphan, JobState.FAILED, clock.instant(), 0, 0, null, "node stopped")));
        return lease;
    }

    /**
     * Runs the plugin's job now for {@code startedBy} (a login; paused or not).
     *
     * @return the run's id
     * @throws IllegalArgumentException when the plugin has no such job running
     * @throws IllegalStateException when a run of it is going
     */
    public long startNow(String pluginId, String jobId, String startedBy) {
        Registered job = jobs.get(pluginId + ":" + jobId);
        if (job == null) {
            throw new IllegalArgumentException("The plugin " + pluginId + " has no running job " + jobId);
        }
        Lease lease = (active.containsKey(job.key()) ? Optional.<Lease>empty() : claim(job)).orElseThrow(() ->
                new IllegalStateException("The job " + jobId + " of " + pluginId + " is already running"));
        return launch(job, lease, startedBy);
    }

    /**
     * Asks the plugin's run {@code runId} to stop, when it runs on this node.
     *
     * @return whether such a run was going here
     */
    public boolean cancel(String pluginId, long runId) {
        for (Active run : active.values()) {
            if (run.job().pluginId().equals(pluginId) && run.handle().runId() == runId) {
                log.info("Job {}: run {} cancelled by its user", run.job().key(), runId);
                run.handle().cancel(run.thread());
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code work} once, now, on a virtual thread of this node, recorded (progress, outcome, error) as a run of
     * {@code ownerId}'s job {@code jobId} like a plugin's job runs, so the Background jobs page lists it too. For
     * work a user starts that takes too long to wait for (e.g. a bulk change of thousands of customers): there is no
     * schedule and no lease, since no other node starts the same run. {@link #cancel(long)} asks it to stop.
     *
     * @param work the work, given its run's handle and id
     * @return the run's id
     */
    public long runOnce(String ownerId, String jobId, String startedBy, java.util.function.ObjLongConsumer<JobRun> work) {
        Instant startedAt = clock.instant();
        long runId = store.insertRunning(ownerId, jobId, startedBy, node, startedAt);
        RunHandle handle = new RunHandle(runId, store, clock, startedBy, startedAt);
        String key = ownerId + ":" + jobId + ":" + runId;
        Thread thread = Thread.ofVirtual().name("job-" + key).unstarted(() -> {
            JobState state = JobState.SUCCEEDED;
            String error = null;
            try {
                work.accept(handle, runId);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                state = JobState.FAILED;
                error = stackTrace(e);
                log.error("One-off run {} failed", key, e);
            } finally {
                handle.leaveJobCode();
                if (handle.isCancelled()) {
                    state = JobState.CANCELLED;
                }
                try {
                    store.finish(runId, state, clock.instant(), handle.done(), handle.total(), handle.message(), error);
                } catch (RuntimeException e) {
                    log.error("One-off run {}: the outcome {} was not recorded", key, state, e);
                }
                oneOffs.remove(runId);
            }
        });
        oneOffs.put(runId, new OneOff(handle));
        thread.start();
        return runId;
    }

    /**
     * Asks a one-off run of this node to stop: its {@link JobRun#isCancelled()} turns true; it is not interrupted.
     *
     * @return false when no such run is going on this node
     */
    public boolean cancel(long runId) {
        OneOff run = oneOffs.get(runId);
        if (run == null) {
            return false;
        }
        run.handle().requestStop();
        return true;
    }

    public void setPaused(String pluginId, String jobId, boolean paused) {
        store.setPaused(pluginId, jobId, paused);
    }

    /** One of the plugin's runs. */
    public Optional<JobRunInfo> run(String pluginId, long runId) {
        return store.run(pluginId, runId);
    }

    /** The newest run of the plugin's job. */
    public Optional<JobRunInfo> latest(String pluginId, String jobId) {
        return store.latest(pluginId, jobId);
    }

    /** Recent runs of every job, newest first, below {@code beforeId} (null: from the newest): a keyset page. */
    public List<JobStore.RecordedRun> recentRuns(Long beforeId, int limit) {
        return store.recent(beforeId, limit);
    }

    JobStore store() {
        return store;
    }

    private long launch(Registered job, Lease lease, String startedBy) {
        Instant startedAt = clock.instant();
        long runId = store.insertRunning(job.pluginId(), job.job().id(), startedBy, node, startedAt);
        RunHandle handle = new RunHandle(runId, store, clock, startedBy, startedAt);
        Thread thread = Thread.ofVirtual().name("job-" + job.key()).unstarted(() -> execute(job, handle, lease));
        active.put(job.key(), new Active(job, handle, thread, lease));
        thread.start();
        return runId;
    }

    private void execute(Registered job, RunHandle handle, Lease lease) {
        JobState state = JobState.SUCCEEDED;
        String error = null;
        try {
            job.job().run(handle);
        } catch (Exception | LinkageError | StackOverflowError e) {
            if (handle.isCancelled()) {
                log.info("Job {} ended on cancellation: {}", job.key(), e.toString());
            } else {
                state = JobState.FAILED;
                error = stackTrace(e);
                health.failed(job.pluginId(), "job " + job.job().id(), e);
            }
        } finally {
            handle.leaveJobCode();
            if (handle.isCancelled()) {
                state = JobState.CANCELLED;
            }
            try {
                store.finish(handle.runId(), state, clock.instant(), handle.done(), handle.total(), handle.message(), error);
            } catch (RuntimeException e) {
                log.error("Job {}: the outcome {} of run {} was not recorded", job.key(), state, handle.runId(), e);
            }
            // No longer ours before the lease is given back, so a tick in between does not renew it (and warn).
            active.remove(job.key());
            try {
                leases.release(lease);
            } catch (RuntimeException e) {
                log.warn("Job {}: its lease was not released and ends by itself: {}", job.key(), e.toString());
            }
        }
    }

    private static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private void stopRuns(List<Active> runs, Duration wait) {
        runs.forEach(run -> run.handle().cancel(run.thread()));
        Instant deadline = Instant.now().plus(wait);
        for (Active run : runs) {
            try {
                Duration left = Duration.between(Instant.now(), deadline);
                if (!left.isNegative() && !run.thread().join(left)) {
                    log.warn("Job {} did not stop within {}", run.job().key(), wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Ticks on a platform thread of its own until {@link #close()}. */
    public void start() {
        Thread thread = Thread.ofPlatform().name("job-scheduler").daemon().unstarted(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    tick();
                    Thread.sleep(TICK);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    log.warn("Job scheduler tick failed: {}", e.toString());
                }
            }
        });
        ticker = thread;
        thread.start();
    }

    /** Stops ticking and cancels this node's runs, waiting for them a little. */
    @Override
    public void close() {
        Thread thread = ticker;
        if (thread != null) {
            thread.interrupt();
        }
        oneOffs.values().forEach(run -> run.handle().requestStop());
        stopRuns(List.copyOf(active.values()), Duration.ofSeconds(10));
    }
}
