package dev.rapport.platform.job;

import static dev.rapport.platform.internal.db.Tables.JOB_DEFINITION;
import static dev.rapport.platform.internal.db.Tables.JOB_RUN;

import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The job tables: administrators' pause flags and every run's record. Each method is one short statement. */
public final class JobStore {

    static final int ERROR_LENGTH = 2000;
    private static final int MESSAGE_LENGTH = 500;

    private final DSLContext dsl;

    JobStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    void ensureDefinition(String pluginId, String jobId) {
        dsl.insertInto(JOB_DEFINITION).set(JOB_DEFINITION.PLUGIN_ID, pluginId).set(JOB_DEFINITION.JOB_ID, jobId)
                .onDuplicateKeyIgnore().execute();
    }

    boolean isPaused(String pluginId, String jobId) {
        return Boolean.TRUE.equals(dsl.select(JOB_DEFINITION.PAUSED).from(JOB_DEFINITION)
                .where(JOB_DEFINITION.PLUGIN_ID.eq(pluginId)).and(JOB_DEFINITION.JOB_ID.eq(jobId)).fetchOne(JOB_DEFINITION.PAUSED));
    }

    void setPaused(String pluginId, String jobId, boolean paused) {
        ensureDefinition(pluginId, jobId);
        dsl.update(JOB_DEFINITION).set(JOB_DEFINITION.PAUSED, paused).where(JOB_DEFINITION.PLUGIN_ID.eq(pluginId))
                .and(JOB_DEFINITION.JOB_ID.eq(jobId)).execute();
    }

    /** The start of the job's newest run, or null when it never ran. */
    Instant lastStart(String pluginId, String jobId) {
        return dsl.select(JOB_RUN.STARTED_AT).from(JOB_RUN).where(JOB_RUN.PLUGIN_ID.eq(pluginId))
                .and(JOB_RUN.JOB_ID.eq(jobId)).orderBy(JOB_RUN.STARTED_AT.desc()).limit(1).fetchOne(JOB_RUN.STARTED_AT);
    }

    long insertRunning(String pluginId, String jobId, String startedBy, String node, Instant startedAt) {
        return dsl.insertInto(JOB_RUN).set(JOB_RUN.PLUGIN_ID, pluginId).set(JOB_RUN.JOB_ID, jobId)
                .set(JOB_RUN.STATE, JobState.RUNNING.name()).set(JOB_RUN.STARTED_BY, startedBy).set(JOB_RUN.NODE, node)
                .set(JOB_RUN.STARTED_AT, startedAt).returning(JOB_RUN.ID).fetchOne(JOB_RUN.ID);
    }

    void progress(long runId, long done, long total, String message) {
        dsl.update(JOB_RUN).set(JOB_RUN.DONE, done).set(JOB_RUN.TOTAL, total)
                .set(JOB_RUN.MESSAGE, truncate(message, MESSAGE_LENGTH)).set(JOB_RUN.VERSION, JOB_RUN.VERSION.plus(1))
                .where(JOB_RUN.ID.eq(runId)).and(JOB_RUN.STATE.eq(JobState.RUNNING.name())).execute();
    }

    void finish(long runId, JobState state, Instant finishedAt, long done, long total, String message, String error) {
        dsl.update(JOB_RUN).set(JOB_RUN.STATE, state.name()).set(JOB_RUN.FINISHED_AT, finishedAt)
                .set(JOB_RUN.DONE, done).set(JOB_RUN.TOTAL, total).set(JOB_RUN.MESSAGE, truncate(message, MESSAGE_LENGTH))
                .set(JOB_RUN.ERROR, truncate(error, ERROR_LENGTH)).set(JOB_RUN.VERSION, JOB_RUN.VERSION.plus(1))
                .where(JOB_RUN.ID.eq(runId)).execute();
    }

    /** The runs recorded RUNNING of one job. */
    List<Long> running(String pluginId, String jobId) {
        return dsl.select(JOB_RUN.ID).from(JOB_RUN).where(JOB_RUN.PLUGIN_ID.eq(pluginId)).and(JOB_RUN.JOB_ID.eq(jobId))
                .and(JOB_RUN.STATE.eq(JobState.RUNNING.name())).fetch(JOB_RUN.ID);
    }

    Optional<JobRunInfo> run(String pluginId, long runId) {
        return dsl.selectFrom(JOB_RUN).where(JOB_RUN.ID.eq(runId)).and(JOB_RUN.PLUGIN_ID.eq(pluginId))
                .fetchOptional().map(JobStore::info);
    }

    Optional<JobRunInfo> latest(String pluginId, String jobId) {
        return dsl.selectFrom(JOB_RUN).where(JOB_RUN.PLUGIN_ID.eq(pluginId)).and(JOB_RUN.JOB_ID.eq(jobId))
                .orderBy(JOB_RUN.STARTED_AT.desc(), JOB_RUN.ID.desc()).limit(1).fetchOptional().map(JobStore::info);
    }

    /** Runs of every job, newest first, those with an id below {@code beforeId} (null: from the newest). */
    List<RecordedRun> recent(Long beforeId, int limit) {
        return dsl.selectFrom(JOB_RUN).where(beforeId == null ? JOB_RUN.ID.isNotNull() : JOB_RUN.ID.lt(beforeId))
                .orderBy(JOB_RUN.ID.desc()).limit(limit).fetch()
                .map(row -> new RecordedRun(row.get(JOB_RUN.PLUGIN_ID), info(row)));
    }

    /** A run with the plugin it belongs to. */
    public record RecordedRun(String pluginId, JobRunInfo info) {
    }

    private static JobRunInfo info(Record row) {
        return new JobRunInfo(row.get(JOB_RUN.ID), row.get(JOB_RUN.JOB_ID), JobState.valueOf(row.get(JOB_RUN.STATE)),
                row.get(JOB_RUN.STARTED_BY), row.get(JOB_RUN.STARTED_AT), row.get(JOB_RUN.FINISHED_AT),
                row.get(JOB_RUN.DONE), row.get(JOB_RUN.TOTAL), row.get(JOB_RUN.MESSAGE), row.get(JOB_RUN.ERROR));
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
