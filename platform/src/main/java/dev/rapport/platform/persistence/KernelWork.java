package dev.rapport.platform.persistence;

import java.util.function.Supplier;

/**
 * Marks the statements the kernel itself runs on a plugin's connection or inside a plugin's transaction (a customer
 * the SDK creates in it, the events it publishes, written just before it commits): they are the kernel's, on kernel
 * tables, and pass the guard that keeps a plugin's own statements to its own tables. A thread-local mark, so it
 * covers exactly the work run inside {@link #run}, on this thread.
 */
public final class KernelWork {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    private KernelWork() {
    }

    /** Runs {@code work} as the kernel's. */
    public static <T> T run(Supplier<T> work) {
        boolean outer = ACTIVE.get() != null;
        ACTIVE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (!outer) {
                ACTIVE.remove();
            }
        }
    }

    /** Whether the statement being run now is the kernel's. */
    public static boolean active() {
        return ACTIVE.get() != null;
    }
}
