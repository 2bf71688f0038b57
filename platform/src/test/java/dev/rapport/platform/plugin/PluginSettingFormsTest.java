package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plugin's settings form against the real database: values are checked field by field and by the plugin's
 * cross-field rule before anything is saved, saved where the plugin's {@link PluginSettings} reads them, and
 * every save audited with old → new per changed field.
 */
class PluginSettingFormsTest {

    private final Kernel kernel = new Kernel();
    private final PluginSettingForms forms = new PluginSettingForms(kernel.dsl, kernel.audit);
    private final String plugin = unique("settings-");
    private final Actor administrator = kernel.newActor(Role.ADMINISTRATOR);

    private final SettingsContribution form = new SettingsContribution() {
        @Override
        public List<SettingField> fields() {
            return List.of(SettingField.integer("min", "min", 0, 100).withDefault("10"),
                    SettingField.integer("max", "max", 0, 100).withDefault("90"),
                    SettingField.currency("currency", "currency").asRequired());
        }

        @Override
        public List<FieldError> validate(Map<String, Object> values) {
            return (Long) values.get("min") > (Long) values.get("max")
                    ? List.of(FieldError.of("max", "test.max-below-min")) : List.of();
        }
    };

    private PluginSettings stored() {
        return new DatabasePluginSettings(kernel.dsl, plugin);
    }

    private List<String> auditDetails() {
        return kernel.dsl.select(AUDIT_ENTRY.DETAILS).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.SUBJECT_ID.eq(plugin)).and(AUDIT_ENTRY.ACTION.eq("PLUGIN_SETTINGS_CHANGED"))
                .orderBy(AUDIT_ENTRY.ID).fetch(AUDIT_ENTRY.DETAILS);
    }

    @Test
    void savesValidValuesWhereThePluginReadsThemAndAuditsOldToNewPerChangedField() {
        forms.add(plugin, form);
        assertThat(forms.values(plugin)).containsExactly(Map.entry("min", "10"), Map.entry("max", "90"),
                Map.entry("currency", ""));

        forms.save(plugin, Map.of("min", "20", "max", "", "currency", "CHF"), administrator);

        assertThat(stored().getLong("min", 0)).isEqualTo(20);
        assertThat(stored().get("max")).isEmpty();
        assertThat(stored().get("currency")).contains("CHF");
        assertThat(forms.values(plugin)).containsEntry("max", "90").containsEntry("min", "20");

        forms.save(plugin, Map.of("min", "20", "max", "95", "currency", "EUR"), administrator);

        assertThat(auditDetails()).containsExactly(
                "min: (default) → \"20\"; currency: (default) → \"CHF\"",
                "max: (default) → \"95\"; currency: \"CHF\" → \"EUR\"");
    }

    @Test
    void refusesInvalidValuesAndCrossFieldViolationsWithoutSavingAnything() {
        forms.add(plugin, form);

        assertThat(forms.check(plugin, Map.of("min", "200", "currency", "")))
                .extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("min", SettingField.OUT_OF_RANGE),
                        org.assertj.core.groups.Tuple.tuple("currency", SettingField.REQUIRED));
        assertThatThrownBy(() -> forms.save(plugin, Map.of("min", "50", "max", "40", "currency", "EUR"), administrator))
                .isInstanceOf(ValidationException.class);
        // The default of max (90) takes part in the cross-field rule when max is left empty.
        assertThat(forms.check(plugin, Map.of("min", "95", "currency", "EUR")))
                .containsExactly(FieldError.of("max", "test.max-below-min"));

        assertThat(stored().all()).isEmpty();
        assertThat(auditDetails()).isEmpty();
    }

    @Test
    void onlyAdministratorsChangeSettingsAndAStoppedPluginHasNoForm() {
        forms.add(plugin, form);
        assertThatThrownBy(() -> forms.save(plugin, Map.of("currency", "EUR"), kernel.newActor(Role.MANAGER, "sales")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(forms.hasForm(plugin)).isTrue();

        forms.removeOwnedBy(plugin);

        assertThat(forms.hasForm(plugin)).isFalse();
        assertThat(forms.fields(plugin)).isEmpty();
    }
}
