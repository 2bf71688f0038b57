package dev.rapport.sdk.extension;

/**
 * The kind of value a {@link SettingField} holds, which decides the input the platform shows and the Java type a
 * {@link SettingsContribution#validate} hook receives.
 *
 * <p>Values are stored as text in the plugin's {@link dev.rapport.sdk.PluginSettings}; the typed readers there
 * ({@link dev.rapport.sdk.PluginSettings#getLong}, ...) parse them.
 *
 * @since 1.3.0
 */
public enum SettingType {
    /** Free text up to a maximum length; a {@link String}. */
    TEXT,
    /** A whole number between a minimum and a maximum; a {@link Long}. */
    INTEGER,
    /** A decimal number (a dot as separator in storage); a {@link java.math.BigDecimal}. */
    DECIMAL,
    /** Yes or no; a {@link Boolean}. */
    BOOLEAN,
    /** One of a fixed list of values; a {@link String}. */
    CHOICE,
    /** An ISO 4217 currency code such as {@code EUR}; a {@link String}. */
    CURRENCY,
    /** A time zone id such as {@code Europe/Berlin}; a {@link java.time.ZoneId}. */
    TIME_ZONE
}
