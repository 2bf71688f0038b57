package dev.rapport.plugin.acquisition.support;

import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's settings on the platform's Plugins page too (the plugin's own "Lead routing & forms" and scoring
 * pages keep theirs): the same keys, limits and defaults as {@link AcquisitionSettings}, so both agree.
 */
@Extension
public final class AcquisitionSettingsForm implements SettingsContribution {

    @Override
    public List<SettingField> fields() {
        return List.of(
                SettingField.currency(AcquisitionSettings.CURRENCY, "acquisition.settings.currency")
                        .withHelp("acquisition.settings.currencyHelp")
                        .withDefault(AcquisitionSettings.DEFAULT_CURRENCY),
                SettingField.integer(AcquisitionSettings.THRESHOLD, "acquisition.scoring.threshold", 1, 10_000)
                        .withDefault(String.valueOf(AcquisitionSettings.DEFAULT_THRESHOLD)));
    }
}
