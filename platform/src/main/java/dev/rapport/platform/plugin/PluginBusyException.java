package dev.rapport.platform.plugin;

/**
 * Refuses an action on a plugin while another one on the same plugin runs (e.g. a second administrator's, or the
 * plugins folder being synchronised): the message names the plugin and what it is busy with. Nothing was changed;
 * the action may be tried again once the other has finished.
 */
public final class PluginBusyException extends PluginInstallException {

    public PluginBusyException(String message) {
        super(message);
    }
}
