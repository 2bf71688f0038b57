package dev.rapport.sdk.extension;

import dev.rapport.sdk.error.FieldError;
import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * A plugin's settings form, shown by the platform on the plugin's line of the Plugins page to administrators.
 * The platform renders one input per {@link SettingField}, checks every value ({@link SettingField#check}, then
 * {@link #validate}) before it saves, stores the values as text in the plugin's
 * {@link dev.rapport.sdk.PluginSettings} under the fields' keys, and records every change (old and new value per
 * field) in the audit log. The plugin reads them with the typed readers of {@code PluginSettings}.
 *
 * <p><b>Lifecycle:</b> registered when the plugin starts, removed when it stops; values stay in the database
 * across restarts, updates and disabling (removed with the plugin's data at uninstall).
 * <p><b>Threading:</b> {@link #fields} and {@link #validate} run on the administrator's UI thread; keep them
 * quick and free of side effects.
 * <p><b>Failure:</b> if {@link #fields} throws, the Settings dialog says so and nothing is saved; if
 * {@link #validate} throws, the values are not saved.
 *
 * @since 1.3.0
 */
public interface SettingsContribution extends ExtensionPoint {

    /**
     * The form's fields, in the order shown. Keys must be unique.
     *
     * @return the fields
     */
    List<SettingField> fields();

    /**
     * Rules across fields (e.g. "the minimum is below the maximum"), asked only when every field is valid on
     * its own.
     *
     * @param values the typed values by key ({@link SettingType} says which Java type); a field left empty has
     *        its default, or is absent when it has none
     * @return the errors, each on the field it concerns (message keys from the plugin's bundle); empty if valid
     */
    default List<FieldError> validate(Map<String, Object> values) {
        return List.of();
    }
}
