package dev.rapport.platform.plugin;

import com.vaadin.flow.component.UI;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.sdk.Translations;
import java.util.Locale;

/** Texts for plugins, in the language of the current user's UI (English outside a request). */
final class PluginTranslations implements Translations {

    private final BundleI18NProvider provider;

    PluginTranslations(BundleI18NProvider provider) {
        this.provider = provider;
    }

    @Override
    public String get(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        return get(ui == null ? Locale.ENGLISH : ui.getLocale(), key, arguments);
    }

    @Override
    public String get(Locale locale, String key, Object... arguments) {
        return provider.getTranslation(key, locale, arguments);
    }
}
