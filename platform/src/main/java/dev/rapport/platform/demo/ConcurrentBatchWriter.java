package dev.rapport.platform.demo;

import dev.rapport.platform.persistence.ConflictRetry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jooq.DSLContext;

/**
 * Writes batches on a few threads, each batch in a transaction of its own, while the caller generates the
 * next one: the database works while the client renders statements. At most {@code threads} batches are
 * in flight, so memory stays bounded. Progress is reported in batch order.
 */
final class ConcurrentBatchWriter implements AutoCloseable {

    private record InFlight(Future<Long> rows, int customersSoFar) {
    }

    private final DSLContext dsl;
    private final int threads;
    private final int totalCustomers;
    private final DemoDataGenerator.Progress progress;
    private final ExecutorService executor;
    private final Deque<InFlight> inFlight;
    private int customersSubmitted;
    private long rowsWritten;

    ConcurrentBatchWriter(DSLContext dsl, int threads, int totalCustomers, DemoDataGenerator.Progress progress) {
        this.dsl = dsl;
        this.threads = threads;
        this.totalCustomers = totalCustomers;
        this.progress = progress;
        this.executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("demo-writer-", 1).factory());
        this.inFlight = new ArrayDeque<>(threads);
    }

    /**
     * Starts writing {@code batch}, and whatever {@code alsoInTransaction} writes, in one transaction; first waits
     * for the oldest batch if {@code threads} are being written.
     */
    void submit(List<DemoCustomer> batch, Consumer<DSLContext> alsoInTransaction) {
        if (inFlight.size() == threads) {
            awaitOldest();
        }
        customersSubmitted += batch.size();
        // Concurrent batches can deadlock on the unique indexes they fill side by side: the loser runs again.
        inFlight.add(new InFlight(executor.submit(() -> ConflictRetry.run("write demo customers",
                () -> dsl.transactionResult(configuration -> {
                    long rows = DemoBatchWriter.write(configuration.dsl(), batch);
                    alsoInTransaction.accept(configuration.dsl());
                    return rows;
                }))), customersSubmitted));
    }

    /** Counts {@code customers} as done without writing them: an earlier run wrote them. */
    void skip(int customers) {
        customersSubmitted += customers;
    }

    /** Waits for every batch; returns the number of rows written. */
    long finish() {
        while (!inFlight.isEmpty()) {
            awaitOldest();
        }
        return rowsWritten;
    }

    private void awaitOldest() {
        InFlight oldest = inFlight.removeFirst();
        try {
            rowsWritten += oldest.rows().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while writing demo data");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
        progress.written(oldest.customersSoFar(), totalCustomers, rowsWritten);
    }

    /** Waits for the batches still being written (after a failure, say), then stops the threads. */
    @Override
    public void close() {
        executor.close();
    }
}
