package dev.rapport.platform.persistence;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Quiets third-party libraries before they first load: jOOQ's banner, and java.util.logging routed to SLF4J. */
public final class LibraryDefaults {

    private static boolean applied;

    private LibraryDefaults() {
    }

    public static synchronized void apply() {
        if (applied) {
            return;
        }
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        applied = true;
    }
}
