package dev.rapport.sdk.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.error.FieldError;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each kind of settings field accepts its values and refuses others with a field error on its key. */
class SettingFieldTest {

    private static Optional<String> error(SettingField field, String text) {
        return field.check(text).map(FieldError::messageKey);
    }

    @Test
    void textIsLimitedToItsLength() {
        SettingField field = SettingField.text("greeting", "label", 5);

        assertThat(field.check("Hello")).isEmpty();
        assertThat(field.parse(" Hello ")).isEqualTo("Hello");
        assertThat(field.check("Hello!")).contains(FieldError.of("greeting", SettingField.TOO_LONG, 5));
    }

    @Test
    void integerIsAWholeNumberInItsRange() {
        SettingField field = SettingField.integer("threshold", "label", 1, 100);

        assertThat(field.check("1")).isEmpty();
        assertThat(field.parse("100")).isEqualTo(100L);
        assertThat(field.check("0")).contains(FieldError.of("threshold", SettingField.OUT_OF_RANGE, 1L, 100L));
        assertThat(field.check("101")).contains(FieldError.of("threshold", SettingField.OUT_OF_RANGE, 1L, 100L));
        assertThat(error(field, "1.5")).contains(SettingField.NOT_A_NUMBER);
        assertThat(error(field, "ten")).contains(SettingField.NOT_A_NUMBER);
    }

    @Test
    void decimalIsANumberWithADot() {
        SettingField field = SettingField.decimal("rate", "label");

        assertThat(field.parse("0.125")).isEqualTo(new BigDecimal("0.125"));
        assertThat(error(field, "0,125")).contains(SettingField.NOT_A_NUMBER);
    }

    @Test
    void booleanIsTrueOrFalse() {
        SettingField field = SettingField.bool("enabled", "label");

        assertThat(field.parse("true")).isEqualTo(true);
        assertThat(field.parse("false")).isEqualTo(false);
        assertThat(error(field, "yes")).contains(SettingField.NOT_A_CHOICE);
    }

    @Test
    void choiceIsOneOfItsValues() {
        SettingField field = SettingField.choice("mode", "label", List.of("fast", "careful"));

        assertThat(field.parse("careful")).isEqualTo("careful");
        assertThat(error(field, "reckless")).contains(SettingField.NOT_A_CHOICE);
    }

    @Test
    void currencyIsAnIsoCode() {
        SettingField field = SettingField.currency("currency", "label");

        assertThat(field.parse("CHF")).isEqualTo("CHF");
        assertThat(error(field, "chf")).contains(SettingField.NOT_A_CURRENCY);
        assertThat(error(field, "XYZ")).contains(SettingField.NOT_A_CURRENCY);
    }

    @Test
    void timeZoneIsAZoneId() {
        SettingField field = SettingField.timeZone("zone", "label");

        assertThat(field.parse("Europe/Berlin")).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(error(field, "Europe/Atlantis")).contains(SettingField.NOT_A_TIME_ZONE);
    }

    @Test
    void anEmptyValueIsRefusedOnlyWhenRequired() {
        SettingField optional = SettingField.integer("n", "label", 1, 9).withDefault("5");

        assertThat(optional.check("")).isEmpty();
        assertThat(optional.parse(" ")).isNull();
        assertThat(optional.asRequired().check(" ")).contains(FieldError.of("n", SettingField.REQUIRED));
        assertThatThrownBy(() -> optional.parse("10")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContributionsCrossFieldRuleReportsOnTheFieldItConcerns() {
        SettingsContribution form = new SettingsContribution() {
            @Override
            public List<SettingField> fields() {
                return List.of(SettingField.integer("min", "min", 0, 99), SettingField.integer("max", "max", 0, 99));
            }

            @Override
            public List<FieldError> validate(Map<String, Object> values) {
                return (Long) values.get("min") > (Long) values.get("max")
                        ? List.of(FieldError.of("max", "example.max-below-min")) : List.of();
            }
        };

        assertThat(form.validate(Map.of("min", 10L, "max", 20L))).isEmpty();
        assertThat(form.validate(Map.of("min", 30L, "max", 20L))).extracting(FieldError::field).containsExactly("max");
    }

    @Test
    void pluginSettingsReadTypedValuesAndFallBackOnMissingOrMalformedOnes() {
        Map<String, String> stored = new TreeMap<>(Map.of("n", "42", "rate", "1.5", "on", "true", "bad", "x"));
        PluginSettings settings = new PluginSettings() {
            public Optional<String> get(String key) {
                return Optional.ofNullable(stored.get(key));
            }

            public void put(String key, String value) {
                stored.put(key, value);
            }

            public void remove(String key) {
                stored.remove(key);
            }

            public Map<String, String> all() {
                return stored;
            }
        };

        assertThat(settings.getLong("n", 7)).isEqualTo(42);
        assertThat(settings.getLong("bad", 7)).isEqualTo(7);
        assertThat(settings.getLong("missing", 7)).isEqualTo(7);
        assertThat(settings.getDecimal("rate", BigDecimal.ZERO)).isEqualByComparingTo("1.5");
        assertThat(settings.getDecimal("bad", BigDecimal.ONE)).isEqualTo(BigDecimal.ONE);
        assertThat(settings.getBoolean("on", false)).isTrue();
        assertThat(settings.getBoolean("bad", true)).isTrue();
    }
}
