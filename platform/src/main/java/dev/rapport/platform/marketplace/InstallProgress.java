package dev.rapport.platform.marketplace;

/**
 * How far a marketplace installation or update has come, for a progress display. Called on the thread that
 * runs the installation.
 */
@FunctionalInterface
public interface InstallProgress {

    /** What the marketplace is doing. */
    enum Step { DOWNLOADING, VERIFYING, INSTALLING, UPDATING }

    /** @param fraction of the step done, 0 to 1, or -1 when unknown (e.g. a server that sends no length) */
    void reached(Step step, String pluginId, String version, double fraction);

    InstallProgress NONE = (step, pluginId, version, fraction) -> { };
}
