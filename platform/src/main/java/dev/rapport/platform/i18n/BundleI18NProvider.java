package dev.rapport.platform.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every user-facing text, from resource bundles: the kernel's ({@code i18n/kernel*.properties}) and any
 * registered later (plugins). English is complete; German is the second language.
 */
public final class BundleI18NProvider implements I18NProvider {

    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.GERMAN);
    private static final Logger log = LoggerFactory.getLogger(BundleI18NProvider.class);

    private record Bundle(String baseName, ClassLoader classLoader, String id) {
    }

    private final List<Bundle> bundles = new CopyOnWriteArrayList<>();

    public BundleI18NProvider() {
        register("i18n.kernel", BundleI18NProvider.class.getClassLoader(), "kernel");
    }

    /** Adds a bundle, known as {@code id}, consulted after those registered before it. */
    public void register(String baseName, ClassLoader classLoader, String id) {
        unregister(id);
        bundles.add(new Bundle(baseName, classLoader, id));
    }

    /** Removes a bundle, e.g. when its plugin stops; the JDK's cache of it is dropped with it. */
    public void unregister(String id) {
        bundles.removeIf(bundle -> {
            if (bundle.id().equals(id)) {
                ResourceBundle.clearCache(bundle.classLoader());
                return true;
            }
            return false;
        });
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        for (Bundle bundle : bundles) {
            String pattern = lookup(bundle, key, effective);
            if (pattern != null) {
                return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
            }
        }
        log.warn("Missing translation '{}' for {}", key, effective);
        return "!" + key + "!";
    }

    /** Whether some bundle defines {@code key} for {@code locale}'s language itself, without falling back. */
    public boolean hasOwnTranslation(String key, Locale locale) {
        return bundles.stream().anyMatch(bundle -> {
            try {
                ResourceBundle resourceBundle = ResourceBundle.getBundle(bundle.baseName(), locale, bundle.classLoader(),
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                return resourceBundle.getLocale().getLanguage().equals(locale.getLanguage())
                        && resourceBundle.keySet().contains(key);
            } catch (MissingResourceException e) {
                return false;
            }
        });
    }

    private static String lookup(Bundle bundle, String key, Locale locale) {
        try {
            ResourceBundle resourceBundle = ResourceBundle.getBundle(bundle.baseName(), locale, bundle.classLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return resourceBundle.containsKey(key) ? resourceBundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
