package dev.rapport.platform.plugin;

/**
 * Installing, updating or uninstalling a plugin was refused or failed; the message says why, for the
 * administrator. Whatever ran before still runs: a failed installation leaves nothing behind, a failed update
 * the previous version.
 */
public final class PluginInstallException extends RuntimeException {

    public PluginInstallException(String message) {
        super(message);
    }
}
