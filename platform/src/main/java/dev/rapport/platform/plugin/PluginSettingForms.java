package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.PLUGIN_SETTING;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * The settings forms of started plugins ({@link SettingsContribution}): checks entered values field by field, then
 * with the plugin's cross-field rules, and saves them as text in {@code plugin_setting} (where the plugin's
 * {@link dev.rapport.sdk.PluginSettings} reads them), auditing old → new per changed field in the same transaction.
 */
public final class PluginSettingForms {

    private final DSLContext dsl;
    private final AuditLog audit;
    private final Map<String, List<SettingsContribution>> forms = new ConcurrentHashMap<>();

    public PluginSettingForms(DSLContext dsl, AuditLog audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    void add(String pluginId, SettingsContribution form) {
        forms.computeIfAbsent(pluginId, id -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(form);
    }

    void removeOwnedBy(String pluginId) {
        forms.remove(pluginId);
    }

    /** Whether {@code pluginId} runs and has a settings form. */
    public boolean hasForm(String pluginId) {
        return !forms.getOrDefault(pluginId, List.of()).isEmpty();
    }

    /** The fields of {@code pluginId}'s forms, in order. */
    public List<SettingField> fields(String pluginId) {
        return forms.getOrDefault(pluginId, List.of()).stream().flatMap(form -> form.fields().stream()).toList();
    }

    /** The current values as text by key: the stored value, else the field's default, else empty. */
    public Map<String, String> values(String pluginId) {
        Map<String, String> stored = stored(dsl, pluginId);
        Map<String, String> values = new LinkedHashMap<>();
        for (SettingField field : fields(pluginId)) {
            values.put(field.key(), stored.getOrDefault(field.key(), Objects.requireNonNullElse(field.defaultValue(), "")));
        }
        return values;
    }

    /** The errors of {@code texts} (entered text by key): each field's own check, then the plugin's rules. */
    public List<FieldError> check(String pluginId, Map<String, String> texts) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> typed = new LinkedHashMap<>();
        for (SettingField field : fields(pluginId)) {
            String text = texts.get(field.key());
            field.check(text).ifPresentOrElse(errors::add, () -> {
                String effective = text == null || text.isBlank() ? field.defaultValue() : text;
                Object value = effective == null ? null : field.parse(effective);
                if (value != null) {
                    typed.put(field.key(), value);
                }
            });
        }
        if (errors.isEmpty()) {
            for (SettingsContribution form : forms.getOrDefault(pluginId, List.of())) {
                errors.addAll(form.validate(Map.copyOf(typed)));
            }
        }
        return errors;
    }

    /**
     * Saves {@code texts} after {@link #check} (administrators only). An empty value removes the setting, so the
     * default applies again.
     *
     * @throws ValidationException with the field errors if a value is invalid; nothing is saved then
     */
    public void save(String pluginId, Map<String, String> texts, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "change a plugin's settings");
        List<FieldError> errors = check(pluginId, texts);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<SettingField> fields = fields(pluginId);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Map<String, String> before = stored(tx, pluginId);
            List<String> changes = new ArrayList<>();
            for (SettingField field : fields) {
                String old = before.get(field.key());
                String text = texts.get(field.key());
                String value = text == null || text.isBlank() ? null : text.strip();
                if (Objects.equals(old, value)) {
                    continue;
                }
                if (value == null) {
                    tx.deleteFrom(PLUGIN_SETTING).where(PLUGIN_SETTING.PLUGIN_ID.eq(pluginId))
                            .and(PLUGIN_SETTING.SETTING_KEY.eq(field.key())).execute();
                } else {
                    tx.insertInto(PLUGIN_SETTING).set(PLUGIN_SETTING.PLUGIN_ID, pluginId)
                            .set(PLUGIN_SETTING.SETTING_KEY, field.key()).set(PLUGIN_SETTING.SETTING_VALUE, value)
                            .onDuplicateKeyUpdate().set(PLUGIN_SETTING.SETTING_VALUE, value).execute();
                }
                changes.add(field.key() + ": " + shown(old) + " → " + shown(value));
            }
            if (!changes.isEmpty()) {
                audit.record(tx, actor, AuditAction.PLUGIN_SETTINGS_CHANGED, "plugin", pluginId, String.join("; ", changes));
            }
        });
    }

    private static String shown(String value) {
        return value == null ? "(default)" : "\"" + value + "\"";
    }

    private static Map<String, String> stored(DSLContext dsl, String pluginId) {
        return dsl.select(PLUGIN_SETTING.SETTING_KEY, PLUGIN_SETTING.SETTING_VALUE).from(PLUGIN_SETTING)
                .where(PLUGIN_SETTING.PLUGIN_ID.eq(pluginId))
                .fetchMap(PLUGIN_SETTING.SETTING_KEY, PLUGIN_SETTING.SETTING_VALUE);
    }
}
