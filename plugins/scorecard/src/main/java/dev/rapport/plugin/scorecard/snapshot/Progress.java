package dev.rapport.plugin.scorecard.snapshot;

/** Where a long snapshot run stands; answers whether to go on (false: it was cancelled). */
@FunctionalInterface
public interface Progress {

    /** Nothing watches. */
    Progress NONE = (done, total) -> true;

    boolean step(long done, long total);
}
