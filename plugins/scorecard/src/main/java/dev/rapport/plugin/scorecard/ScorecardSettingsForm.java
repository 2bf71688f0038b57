package dev.rapport.plugin.scorecard;

import dev.rapport.plugin.scorecard.mail.MonthlyReportMail;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The plugin's settings on the platform's Plugins page: the time zone periods are bounded in, and the monthly PDF by
 * mail to each department's managers (on or off, the day of the month and time it goes out, its language).
 */
@Extension
public final class ScorecardSettingsForm implements SettingsContribution {

    @Override
    public List<SettingField> fields() {
        return List.of(
                SettingField.timeZone(SnapshotService.ZONE_SETTING, "scorecard.settings.zone").withDefault("Europe/Berlin"),
                SettingField.bool(MonthlyReportMail.ENABLED, "scorecard.settings.mailEnabled").withDefault("true"),
                SettingField.integer(MonthlyReportMail.DAY, "scorecard.settings.mailDay", 1, 28).withDefault("1"),
                SettingField.text(MonthlyReportMail.TIME, "scorecard.settings.mailTime", 5)
                        .withHelp("scorecard.settings.mailTimeHelp").withDefault("07:00"),
                SettingField.choice(MonthlyReportMail.LANGUAGE, "scorecard.settings.mailLanguage", List.of("en", "de"))
                        .withDefault("en"));
    }

    @Override
    public List<FieldError> validate(Map<String, Object> values) {
        List<FieldError> errors = new ArrayList<>();
        if (values.get(MonthlyReportMail.TIME) instanceof String time && !time.isBlank()
                && MonthlyReportMail.parseTime(time).isEmpty()) {
            errors.add(FieldError.of(MonthlyReportMail.TIME, "scorecard.settings.mailTimeInvalid"));
        }
        return errors;
    }
}
