package dev.rapport.plugin.fieldservice;

import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import java.util.List;
import org.pf4j.Extension;

/** The plugin's settings on the platform's Plugins page, with the keys and defaults {@link FieldSettings} reads. */
@Extension
public final class FieldSettingsForm implements SettingsContribution {

    @Override
    public List<SettingField> fields() {
        return List.of(
                SettingField.timeZone(FieldSettings.ZONE, "fieldservice.settings.zone").withDefault("Europe/Berlin"),
                SettingField.decimal(FieldSettings.SPEED_KMH, "fieldservice.settings.speed").withDefault("40"),
                SettingField.integer(FieldSettings.TIME_LIMIT_SECONDS, "fieldservice.settings.timeLimit", 2, 600)
                        .withDefault("20"),
                SettingField.integer(FieldSettings.MAINTENANCE_LEAD_DAYS, "fieldservice.settings.leadDays", 0, 90)
                        .withDefault("14"),
                SettingField.text(FieldSettings.VISIT_CATEGORIES, "fieldservice.settings.visitCategories", 300)
                        .withHelp("fieldservice.settings.visitCategoriesHelp")
                        .withDefault(FieldSettings.DEFAULT_VISIT_CATEGORIES));
    }
}
