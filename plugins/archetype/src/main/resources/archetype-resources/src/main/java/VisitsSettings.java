package ${package};

import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's settings form on the Plugins page. The platform draws the inputs, refuses values outside the
 * fields' rules (here: a whole number from 0 to 14) with the error on the field, saves the values in the plugin's
 * settings and audits every change; the plugin reads them with {@link PluginSettings}'s typed readers.
 */
@Extension
public final class VisitsSettings implements SettingsContribution {

    static final String REMINDER_DAYS = "reminder-days";
    static final long DEFAULT_REMINDER_DAYS = 1;

    @Override
    public List<SettingField> fields() {
        return List.of(SettingField.integer(REMINDER_DAYS, "${pluginId}.settings.reminderDays", 0, 14)
                .withDefault(String.valueOf(DEFAULT_REMINDER_DAYS))
                .withHelp("${pluginId}.settings.reminderDays.help"));
    }

    /** How many days ahead the home page card lists planned visits (0: today's only). */
    static long reminderDays(PluginSettings settings) {
        return settings.getLong(REMINDER_DAYS, DEFAULT_REMINDER_DAYS);
    }
}
