package dev.rapport.platform.plugin;

/**
 * A plugin's part of a screen that is not shown: the plugin did not answer within the screen's budget
 * ({@code tooSlow}), or it failed.
 */
public record MissingContribution(String pluginId, boolean tooSlow) {
}
