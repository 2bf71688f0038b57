/**
 * Background jobs: work a plugin declares ({@link dev.rapport.sdk.job.BackgroundJob}) and the platform runs on a
 * schedule or on demand, one run at a time per job across the installation, recorded for administrators; and the
 * service ({@link dev.rapport.sdk.job.Jobs}) that starts a job now and reads its runs.
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.job;
