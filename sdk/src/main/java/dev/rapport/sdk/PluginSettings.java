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

    /**
     * A setting as a whole number, as a {@link dev.rapport.sdk.extension.SettingsContribution} saves it.
     *
     * @param key the key
     * @param fallback the value when the setting is not set or not a whole number
     * @return the value
     * @since 1.3.0
     */
    default long getLong(String key, long fallback) {
        try {
            return get(key).map(String::strip).map(Long::parseLong).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * A setting as a decimal number.
     *
     * @param key the key
     * @param fallback the value when the setting is not set or not a number
     * @return the value
     * @since 1.3.0
     */
    default java.math.BigDecimal getDecimal(String key, java.math.BigDecimal fallback) {
        try {
            return get(key).map(String::strip).map(java.math.BigDecimal::new).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /**
     * A setting as yes or no ({@code "true"} or {@code "false"}).
     *
     * @param key the key
     * @param fallback the value when the setting is not set or neither
     * @return the value
     * @since 1.3.0
     */
    default boolean getBoolean(String key, boolean fallback) {
        return get(key).map(String::strip).filter(v -> v.equals("true") || v.equals("false"))
                .map(Boolean::parseBoolean).orElse(fallback);
    }
}
