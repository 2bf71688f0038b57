package dev.rapport.plugin.upsell.offer;

import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/** The mining thresholds and how long a declined offer rests, on the Plugins page. */
@Extension
public final class UpsellSettingsForm implements SettingsContribution {

    @Override
    public List<SettingField> fields() {
        return List.of(
                SettingField.decimal(UpsellSettings.MIN_SUPPORT, "upsell.settings.minSupport")
                        .withDefault(UpsellSettings.DEFAULT_MIN_SUPPORT).withHelp("upsell.settings.minSupport.help"),
                SettingField.decimal(UpsellSettings.MIN_CONFIDENCE, "upsell.settings.minConfidence")
                        .withDefault(UpsellSettings.DEFAULT_MIN_CONFIDENCE).withHelp("upsell.settings.minConfidence.help"),
                SettingField.integer(UpsellSettings.DECLINE_DAYS, "upsell.settings.declineDays", 1, 3650)
                        .withDefault(String.valueOf(UpsellSettings.DEFAULT_DECLINE_DAYS)));
    }

    @Override
    public List<FieldError> validate(Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        percent(values, UpsellSettings.MIN_SUPPORT, errors);
        percent(values, UpsellSettings.MIN_CONFIDENCE, errors);
        return errors;
    }

    private static void percent(Map<String, Object> values, String key, List<FieldError> errors) {
        if (values.get(key) instanceof BigDecimal value
                && (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(FieldError.of(key, "upsell.settings.error.percent"));
        }
    }
}
