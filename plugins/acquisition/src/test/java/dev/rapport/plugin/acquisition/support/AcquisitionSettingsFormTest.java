package dev.rapport.plugin.acquisition.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The campaign currency and the qualification threshold on the Plugins page: what the platform saves under the
 * form's keys is what the plugin reads, and the form refuses what the plugin's own pages refuse.
 */
class AcquisitionSettingsFormTest {

    private final Map<String, String> stored = new HashMap<>();
    private final PluginSettings settings = new PluginSettings() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }

        @Override
        public void remove(String key) {
            stored.remove(key);
        }

        @Override
        public Map<String, String> all() {
            return stored;
        }
    };
    private final AcquisitionSettings acquisition = new AcquisitionSettings(settings);
    private final List<SettingField> fields = new AcquisitionSettingsForm().fields();

    private SettingField field(SettingType type) {
        return fields.stream().filter(field -> field.type() == type).findFirst().orElseThrow();
    }

    @Test
    void declaresTheCurrencyAndTheThresholdWithThePluginsDefaults() {
        assertThat(fields).extracting(SettingField::key, SettingField::type, SettingField::defaultValue).containsExactly(
                org.assertj.core.groups.Tuple.tuple("campaign.currency", SettingType.CURRENCY, "EUR"),
                org.assertj.core.groups.Tuple.tuple("scoring.threshold", SettingType.INTEGER, "50"));
        assertThat(acquisition.currency()).isEqualTo(field(SettingType.CURRENCY).defaultValue());
        assertThat(String.valueOf(acquisition.qualificationThreshold())).isEqualTo(field(SettingType.INTEGER).defaultValue());
    }

    @Test
    void valuesSavedUnderTheFormsKeysAreWhatThePluginReads() {
        settings.put(field(SettingType.CURRENCY).key(), "CHF");
        settings.put(field(SettingType.INTEGER).key(), "75");

        assertThat(acquisition.currency()).isEqualTo("CHF");
        assertThat(acquisition.qualificationThreshold()).isEqualTo(75);

        acquisition.setQualificationThreshold(80);
        assertThat(settings.getLong(field(SettingType.INTEGER).key(), 0)).isEqualTo(80);
    }

    @Test
    void theFormRefusesWhatThePluginsOwnPagesRefuse() {
        SettingField threshold = field(SettingType.INTEGER);
        SettingField currency = field(SettingType.CURRENCY);

        assertThat(threshold.check("0")).isPresent();
        assertThatThrownBy(() -> acquisition.setQualificationThreshold(0)).isInstanceOf(ValidationException.class);
        assertThat(threshold.check("10000")).isEmpty();
        assertThat(threshold.check("10001")).isPresent();
        assertThat(currency.check("ABC")).isPresent();
        assertThatThrownBy(() -> acquisition.setCurrency("ABC")).isInstanceOf(ValidationException.class);
    }
}
