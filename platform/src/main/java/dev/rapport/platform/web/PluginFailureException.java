package dev.rapport.platform.web;

/** A plugin's view could not be created or shown; the rest of the application is unaffected. */
public final class PluginFailureException extends RuntimeException {

    private final String pluginId;

    public PluginFailureException(String pluginId, Throwable cause) {
        super("The plugin " + pluginId + " failed: " + cause, cause);
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }
}
