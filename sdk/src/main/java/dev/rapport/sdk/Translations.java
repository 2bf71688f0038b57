package dev.rapport.sdk;

import java.util.Locale;

/**
 * Texts in the current user's language. Plugin keys start with the plugin id
 * ({@code account-notes.title}) so that they never clash with the kernel's or another plugin's.
 *
 * @since 1.0.0
 */
public interface Translations {

    /**
     * The text of {@code key} in the current user's language (English outside a user's request).
     *
     * @param key the key
     * @param arguments {@link java.text.MessageFormat} arguments
     * @return the text, or {@code !key!} when no bundle has the key
     */
    String get(String key, Object... arguments);

    /**
     * The text of {@code key} in {@code locale}.
     *
     * @param locale the language
     * @param key the key
     * @param arguments {@link java.text.MessageFormat} arguments
     * @return the text, or {@code !key!} when no bundle has the key
     */
    String get(Locale locale, String key, Object... arguments);
}
