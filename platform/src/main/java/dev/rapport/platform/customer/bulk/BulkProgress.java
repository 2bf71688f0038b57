package dev.rapport.platform.customer.bulk;

/** Where a bulk action reports its progress and learns that it should stop (a background run's handle). */
public interface BulkProgress {

    /** Nobody watches, nobody cancels: for actions small enough to run while the user waits. */
    BulkProgress NONE = new BulkProgress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} of {@code total} customers handled; {@code total} is 0 when not known (more than a count's bound). */
    void progress(long done, long total);

    /** Whether to stop after the customer being handled. */
    boolean isCancelled();
}
