package dev.rapport.sdk;

import java.util.Map;
import java.util.Optional;

/**
 * A plugin's settings: text values by key, kept in the database, so every node of a cluster sees the same.
 *
 * @since 1.0.0
 */
public interface PluginSettings {

    /**
     * A setting.
     *
     * @param key the key, at most 100 characters
     * @return the value, or empty if it is not set
     */
    Optional<String> get(String key);

    /**
     * Sets a setting.
     *
     * @param key the key, at most 100 characters
     * @param value the value, at most 10,000 characters
     */
    void put(String key, String value);

    /**
     * Removes a setting; nothing happens if it is not set.
     *
     * @param key the key
     */
    void remove(String key);

    /**
     * Every setting of the plugin.
     *
     * @return the settings by key
     */
    Map<String, String> all();
}
