package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Actor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stores chunks on threads of their own, each chunk in one transaction, while the caller reads the next chunk:
 * the database writes while the CSV is parsed and checked. Two chunks are written side by side, so that the
 * database keeps writing one while the driver binds the other (one at a time, a million rows took 79 s
 * instead of 72 s on two cores). They still commit in file order: a chunk writes its customers and their
 * details, then waits until the chunk before it has committed, and only then appends its events and commits;
 * when the chunk before failed, it rolls back. So a failure leaves exactly the chunks before it stored, and
 * events follow file order.
 */
final class ChunkWriter implements AutoCloseable {

    /** Chunks being written at the same time, each on a connection of its own. */
    static final int CHUNKS_IN_FLIGHT = 2;

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

    private record Writing(Chunk chunk, Future<?> committed) {
    }

    private final CustomerService customers;
    private final Actor actor;
    private final ExecutorService threads = Executors.newFixedThreadPool(CHUNKS_IN_FLIGHT,
            Thread.ofPlatform().name("customer-import-writer-", 1).daemon().factory());
    /** Oldest first. */
    private final Deque<Writing> writing = new ArrayDeque<>(CHUNKS_IN_FLIGHT);

    ChunkWriter(CustomerService customers, Actor actor) {
        this.customers = customers;
        this.actor = actor;
    }

    /**
     * Starts writing {@code chunk}; when {@value #CHUNKS_IN_FLIGHT} chunks are being written, first waits until the
     * oldest of them is committed.
     *
     * @return the chunk that was committed, or null when there was no need to wait
     * @throws ChunkFailedException when the oldest chunk failed; {@code chunk} is not written
     */
    Chunk write(Chunk chunk) {
        Chunk committed = writing.size() == CHUNKS_IN_FLIGHT ? awaitCommitted() : null;
        Future<?> before = writing.isEmpty() ? null : writing.getLast().committed();
        writing.add(new Writing(chunk, threads.submit(
                () -> customers.createAll(chunk.accepted(), actor, () -> awaitCommitOf(before)))));
        return committed;
    }

    /**
     * Waits until the oldest chunk being written is committed.
     *
     * @return that chunk, or null when none is being written
     * @throws ChunkFailedException when it failed
     */
    Chunk awaitCommitted() {
        Writing oldest = writing.pollFirst();
        if (oldest == null) {
            return null;
        }
        try {
            oldest.committed().get();
            return oldest.chunk();
        } catch (ExecutionException e) {
            throw new ChunkFailedException(oldest.chunk(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChunkFailedException(oldest.chunk(),
                    new CancellationException("Interrupted while the rows were written"));
        }
    }

    /** Inside a chunk's transaction: returns once the chunk before has committed; throws (a rollback) if it failed. */
    private static void awaitCommitOf(Future<?> before) {
        if (before == null) {
            return;
        }
        try {
            before.get();
        } catch (ExecutionException e) {
            throw new CancellationException("The rows before these were not stored");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("Interrupted while the rows before these were written");
        }
    }

    /**
     * Waits for the chunks still being written (their outcome is lost: call {@link #awaitCommitted} until it
     * returns null first), then stops the threads.
     */
    @Override
    public void close() {
        threads.close();
    }
}
