package dev.rapport.sdk.extension;

import dev.rapport.sdk.error.FieldError;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a plugin's settings form ({@link SettingsContribution}). Make one with a factory method
 * ({@link #text}, {@link #integer}, ...) and refine it with {@link #withDefault}, {@link #withHelp} and
 * {@link #asRequired}.
 *
 * <p>{@link #check} and {@link #parse} are pure functions, safe on any thread. An empty text means "not set":
 * refused for a required field, otherwise the {@link #defaultValue} applies when reading.
 *
 * @param key the setting's key in {@link dev.rapport.sdk.PluginSettings}, 1 to 100 characters
 * @param type what the field holds
 * @param labelKey the i18n key of the label, from the plugin's bundle
 * @param helpKey the i18n key of a help text below the field, or null
 * @param defaultValue the value, as stored text, used while none is saved; null for none
 * @param required whether a value must be given
 * @param maxLength for {@link SettingType#TEXT}: the most characters (at most 10,000)
 * @param min for {@link SettingType#INTEGER}: the least value
 * @param max for {@link SettingType#INTEGER}: the greatest value
 * @param choices for {@link SettingType#CHOICE}: the allowed values, in the order shown
 * @since 1.3.0
 */
public record SettingField(String key, SettingType type, String labelKey, String helpKey, String defaultValue,
                           boolean required, int maxLength, long min, long max, List<String> choices) {

    /** The message keys of the platform's field errors; arguments as documented on each. */
    public static final String REQUIRED = "settings.error.required";
    /** Argument: the maximum length. */
    public static final String TOO_LONG = "settings.error.too-long";
    /** Arguments: the minimum and the maximum. */
    public static final String OUT_OF_RANGE = "settings.error.range";
    /** No argument. */
    public static final String NOT_A_NUMBER = "settings.error.number";
    /** No argument. */
    public static final String NOT_A_CHOICE = "settings.error.choice";
    /** No argument. */
    public static final String NOT_A_CURRENCY = "settings.error.currency";
    /** No argument. */
    public static final String NOT_A_TIME_ZONE = "settings.error.time-zone";

    public SettingField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(labelKey, "labelKey");
        if (key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("A setting key has 1 to 100 characters: " + key);
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** Free text of at most {@code maxLength} characters. */
    public static SettingField text(String key, String labelKey, int maxLength) {
        if (maxLength < 1 || maxLength > 10_000) {
            throw new IllegalArgumentException("maxLength is 1 to 10000: " + maxLength);
        }
        return new SettingField(key, SettingType.TEXT, labelKey, null, null, false, maxLength, 0, 0, List.of());
    }

    /** A whole number from {@code min} to {@code max}. */
    public static SettingField integer(String key, String labelKey, long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " is greater than max " + max);
        }
        return new SettingField(key, SettingType.INTEGER, labelKey, null, null, false, 0, min, max, List.of());
    }

    /** A decimal number. */
    public static SettingField decimal(String key, String labelKey) {
        return new SettingField(key, SettingType.DECIMAL, labelKey, null, null, false, 0, 0, 0, List.of());
    }

    /** Yes or no. */
    public static SettingField bool(String key, String labelKey) {
        return new SettingField(key, SettingType.BOOLEAN, labelKey, null, null, false, 0, 0, 0, List.of());
    }

    /** One of {@code choices}. */
    public static SettingField choice(String key, String labelKey, List<String> choices) {
        if (choices.isEmpty()) {
            throw new IllegalArgumentException("A choice needs at least one value");
        }
        return new SettingField(key, SettingType.CHOICE, labelKey, null, null, false, 0, 0, 0, choices);
    }

    /** An ISO 4217 currency code. */
    public static SettingField currency(String key, String labelKey) {
        return new SettingField(key, SettingType.CURRENCY, labelKey, null, null, false, 0, 0, 0, List.of());
    }

    /** A time zone id. */
    public static SettingField timeZone(String key, String labelKey) {
        return new SettingField(key, SettingType.TIME_ZONE, labelKey, null, null, false, 0, 0, 0, List.of());
    }

    /** This field with {@code value} (stored text, e.g. {@code "50"}) as the value while none is saved. */
    public SettingField withDefault(String value) {
        return new SettingField(key, type, labelKey, helpKey, value, required, maxLength, min, max, choices);
    }

    /** This field with a help text. */
    public SettingField withHelp(String helpKey) {
        return new SettingField(key, type, labelKey, helpKey, defaultValue, required, maxLength, min, max, choices);
    }

    /** This field, a value required. */
    public SettingField asRequired() {
        return new SettingField(key, type, labelKey, helpKey, defaultValue, true, maxLength, min, max, choices);
    }

    /**
     * Why {@code text} is not a valid value of this field.
     *
     * @param text the entered text; null or blank means "not set"
     * @return the error on this field's key, or empty if the value is valid
     */
    public Optional<FieldError> check(String text) {
        if (text == null || text.isBlank()) {
            return required ? Optional.of(FieldError.of(key, REQUIRED)) : Optional.empty();
        }
        String value = text.strip();
        return switch (type) {
            case TEXT -> value.length() > maxLength ? Optional.of(FieldError.of(key, TOO_LONG, maxLength)) : Optional.empty();
            case INTEGER -> checkInteger(value);
            case DECIMAL -> checkDecimal(value);
            case BOOLEAN -> value.equals("true") || value.equals("false")
                    ? Optional.empty() : Optional.of(FieldError.of(key, NOT_A_CHOICE));
            case CHOICE -> choices.contains(value) ? Optional.empty() : Optional.of(FieldError.of(key, NOT_A_CHOICE));
            case CURRENCY -> isCurrency(value) ? Optional.empty() : Optional.of(FieldError.of(key, NOT_A_CURRENCY));
            case TIME_ZONE -> isTimeZone(value) ? Optional.empty() : Optional.of(FieldError.of(key, NOT_A_TIME_ZONE));
        };
    }

    private Optional<FieldError> checkInteger(String value) {
        try {
            long number = Long.parseLong(value);
            return number < min || number > max ? Optional.of(FieldError.of(key, OUT_OF_RANGE, min, max)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(FieldError.of(key, NOT_A_NUMBER));
        }
    }

    private Optional<FieldError> checkDecimal(String value) {
        try {
            new BigDecimal(value);
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(FieldError.of(key, NOT_A_NUMBER));
        }
    }

    private static boolean isCurrency(String value) {
        return value.matches("[A-Z]{3}") && Currency.getAvailableCurrencies().stream()
                .anyMatch(currency -> currency.getCurrencyCode().equals(value));
    }

    private static boolean isTimeZone(String value) {
        try {
            ZoneId.of(value);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /**
     * The typed value of valid {@code text} (see {@link SettingType} for the Java types), or null if not set.
     *
     * @param text a value {@link #check} accepts
     * @return the typed value, or null for a blank text
     * @throws IllegalArgumentException if {@link #check} refuses the text
     */
    public Object parse(String text) {
        check(text).ifPresent(error -> {
            throw new IllegalArgumentException("Invalid value for " + key + ": " + error.messageKey());
        });
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        return switch (type) {
            case TEXT, CHOICE, CURRENCY -> value;
            case INTEGER -> Long.parseLong(value);
            case DECIMAL -> new BigDecimal(value);
            case BOOLEAN -> Boolean.parseBoolean(value);
            case TIME_ZONE -> ZoneId.of(value);
        };
    }
}
