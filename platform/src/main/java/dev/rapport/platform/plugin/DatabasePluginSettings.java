package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.PLUGIN_SETTING;

import dev.rapport.sdk.PluginSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** A plugin's settings in the {@code plugin_setting} table. */
final class DatabasePluginSettings implements PluginSettings {

    private static final int MAX_KEY = 100;
    private static final int MAX_VALUE = 10_000;

    private final DSLContext dsl;
    private final String pluginId;

    DatabasePluginSettings(DSLContext dsl, String pluginId) {
        this.dsl = dsl;
        this.pluginId = pluginId;
    }

    @Override
    public Optional<String> get(String key) {
        return dsl.select(PLUGIN_SETTING.SETTING_VALUE).from(PLUGIN_SETTING)
                .where(PLUGIN_SETTING.PLUGIN_ID.eq(pluginId)).and(PLUGIN_SETTING.SETTING_KEY.eq(key))
                .fetchOptional(PLUGIN_SETTING.SETTING_VALUE);
    }

    @Override
    public void put(String key, String value) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("A setting key has 1 to " + MAX_KEY + " characters: " + key);
        }
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("A setting value has at most " + MAX_VALUE + " characters");
        }
        dsl.insertInto(PLUGIN_SETTING).set(PLUGIN_SETTING.PLUGIN_ID, pluginId).set(PLUGIN_SETTING.SETTING_KEY, key)
                .set(PLUGIN_SETTING.SETTING_VALUE, value)
                .onDuplicateKeyUpdate().set(PLUGIN_SETTING.SETTING_VALUE, value).execute();
    }

    @Override
    public void remove(String key) {
        dsl.deleteFrom(PLUGIN_SETTING).where(PLUGIN_SETTING.PLUGIN_ID.eq(pluginId))
                .and(PLUGIN_SETTING.SETTING_KEY.eq(key)).execute();
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> settings = new LinkedHashMap<>();
        dsl.select(PLUGIN_SETTING.SETTING_KEY, PLUGIN_SETTING.SETTING_VALUE).from(PLUGIN_SETTING)
                .where(PLUGIN_SETTING.PLUGIN_ID.eq(pluginId)).orderBy(PLUGIN_SETTING.SETTING_KEY)
                .forEach(r -> settings.put(r.value1(), r.value2()));
        return settings;
    }
}
