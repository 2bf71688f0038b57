package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Actor;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stores chunks on a thread of its own, each in one transaction, while the caller reads the next chunk: the
 * database writes while the CSV is parsed and checked. One chunk at a time, so chunks commit in file order and
 * a failure leaves exactly the chunks before it stored.
 */
final class ChunkWriter implements AutoCloseable {

    /** A chunk's transaction was rolled back. */
    static final class ChunkFailedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient Chunk chunk;

        ChunkFailedException(Chunk chunk, Throwable cause) {
            super("Rows " + chunk.firstRow() + " to " + chunk.lastRow() + " were not stored", cause);
            this.chunk = chunk;
        }

        Chunk chunk() {
            return chunk;
        }
    }

    private final CustomerService customers;
    private final Actor actor;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("customer-import-writer").daemon().factory());
    private Chunk writing;
    private Future<?> written;

    ChunkWriter(CustomerService customers, Actor actor) {
        this.customers = customers;
        this.actor = actor;
    }

    /**
     * Waits until the chunk being written is committed, then starts writing {@code chunk}.
     *
     * @return the chunk that was committed, or null when none was being written
     * @throws ChunkFailedException when the chunk being written failed; {@code chunk} is not written
     */
    Chunk write(Chunk chunk) {
        Chunk committed = awaitCommitted();
        writing = chunk;
        written = thread.submit(() -> customers.createAll(chunk.accepted(), actor));
        return committed;
    }

    /**
     * Waits until the chunk being written is committed.
     *
     * @return that chunk, or null when none was being written
     * @throws ChunkFailedException when it failed
     */
    Chunk awaitCommitted() {
        if (writing == null) {
            return null;
        }
        Chunk chunk = writing;
        writing = null;
        try {
            written.get();
            return chunk;
        } catch (ExecutionException e) {
            throw new ChunkFailedException(chunk, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChunkFailedException(chunk, new CancellationException("Interrupted while the rows were written"));
        }
    }

    /**
     * Waits for a chunk still being written (its outcome is lost: call {@link #awaitCommitted} first), then
     * stops the thread.
     */
    @Override
    public void close() {
        thread.close();
    }
}
