package dev.rapport.platform.plugin;

/**
 * Installing, updating or uninstalling a plugin was refused or failed; the message says why, for the
 * administrator (also an action on a plugin that another action is changing: {@link PluginBusyException}).
 * Whatever ran before still runs: a failed installation leaves nothing behind, a failed update
 * the previous version.
 */
public sealed class PluginInstallException extends RuntimeException permits PluginBusyException {

    public PluginInstallException(String message) {
        super(message);
    }
}
