package dev.rapport.platform.event;

/** Where the dispatcher reports a listener's failures, so they show up on the Plugins page. */
@FunctionalInterface
public interface FailureReporter {

    /**
     * @param owner {@code kernel} or the plugin id the failing code belongs to
     * @param what what failed, e.g. "listener NotesListener"
     */
    void failed(String owner, String what, Throwable error);
}
