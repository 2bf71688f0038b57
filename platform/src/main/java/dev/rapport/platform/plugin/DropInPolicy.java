package dev.rapport.platform.plugin;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides whether a plugin file found in the plugins folder (dropped in by hand, not installed by the marketplace)
 * may be loaded. Called before the file is loaded, from the thread that synchronises the folder.
 */
@FunctionalInterface
public interface DropInPolicy {

    /** Every file may be loaded (tests, and tools without an installation). */
    DropInPolicy ACCEPT_ALL = file -> Optional.empty();

    /** Empty when {@code file} may be loaded; otherwise why not, for the Plugins page and the log. */
    Optional<String> refusal(Path file);
}
