package dev.rapport.platform.plugin;

/** How the plugin runtime words an error for the Plugins page and its exceptions: the message and its root cause. */
final class PluginErrors {

    private PluginErrors() {
    }

    static String message(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == error ? text : error.getMessage() + " (" + text + ")";
    }
}
