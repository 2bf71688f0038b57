package dev.rapport.platform.plugin;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.plugin.PluginPermissions.Decision;
import dev.rapport.platform.plugin.ui.PluginPermissionsDialog;
import dev.rapport.platform.plugin.ui.PluginSettingsDialog;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.extension.SettingsContribution;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Plugins page's dialogs: the settings form shows each field's error on the field and enables Save only when
 * every value is valid; the permissions grid shows the role defaults and saves a department's decision at once.
 */
class PluginDialogsUiTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final String plugin = unique("dialogs-");

    private PluginSettings stored() {
        return new DatabasePluginSettings(ui.kernel().dsl, plugin);
    }

    private void contributeAForm() {
        ui.settingForms().add(plugin, new SettingsContribution() {
            @Override
            public List<SettingField> fields() {
                return List.of(SettingField.integer("threshold", "plugins.id", 1, 100).withDefault("50"),
                        SettingField.currency("currency", "plugins.version").asRequired(),
                        SettingField.bool("active", "plugins.state"));
            }

            @Override
            public List<FieldError> validate(Map<String, Object> values) {
                return values.get("currency").equals("XXX") ? List.of(FieldError.of("currency", "settings.error.choice"))
                        : List.of();
            }
        });
    }

    private static TextField threshold() {
        return _get(TextField.class, spec -> spec.withId("setting-threshold"));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> currency() {
        return _get(ComboBox.class, spec -> spec.withId("setting-currency"));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withId("plugin-settings-save"));
    }

    @Test
    void theSettingsFormShowsErrorsOnTheFieldAndSavesOnlyValidValues() {
        contributeAForm();
        ui.open("customers");
        new PluginSettingsDialog(plugin, ui.settingForms()).open();

        assertThat(threshold().getValue()).isEqualTo("50");
        assertThat(currency().isInvalid()).isTrue();
        assertThat(currency().getErrorMessage()).isEqualTo("Required.");
        assertThat(save().isEnabled()).isFalse();

        _setValue(currency(), "CHF");
        _setValue(threshold(), "500");

        assertThat(threshold().isInvalid()).isTrue();
        assertThat(threshold().getErrorMessage()).isEqualTo("A whole number from 1 to 100.");
        assertThat(currency().isInvalid()).isFalse();
        assertThat(save().isEnabled()).isFalse();

        _setValue(currency(), "XXX");
        _setValue(threshold(), "75");
        assertThat(currency().getErrorMessage()).as("the plugin's cross-field rule").isEqualTo("Not one of the values offered.");
        assertThat(save().isEnabled()).isFalse();

        _setValue(currency(), "CHF");
        _setValue(_get(Checkbox.class, spec -> spec.withId("setting-active")), true);
        assertThat(save().isEnabled()).isTrue();
        _click(save());

        assertThat(stored().getLong("threshold", 0)).isEqualTo(75);
        assertThat(stored().get("currency")).contains("CHF");
        assertThat(stored().getBoolean("active", false)).isTrue();
        assertThat(_find(PluginSettingsDialog.class)).isEmpty();
    }

    @Test
    void cancelSavesNothing() {
        contributeAForm();
        ui.open("customers");
        new PluginSettingsDialog(plugin, ui.settingForms()).open();
        _setValue(currency(), "CHF");

        _click(_get(Button.class, spec -> spec.withId("plugin-settings-cancel")));

        assertThat(stored().all()).isEmpty();
        assertThat(_find(PluginSettingsDialog.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePermissionsGridShowsTheRoleDefaultsAndSavesADepartmentsDecision() {
        String permission = plugin + ".dispatch";
        ui.permissions().add(plugin, List.of(new PluginPermission(permission, "plugins.id", Set.of(Role.MANAGER))));
        long sales = ui.kernel().departments.findByCode("sales").orElseThrow().id();
        ui.open("customers");
        new PluginPermissionsDialog(plugin, ui.permissions(), ui.kernel().departments.all()).open();
        Grid<PluginPermission> grid = _get(Grid.class, spec -> spec.withId("plugin-permissions"));

        assertThat(_getFormatted(grid, 0, "defaults")).isEqualTo("Administrator, Manager");
        Select<Decision> salesDecision = (Select<Decision>) _getCellComponent(grid, 0, "department-sales");
        assertThat(salesDecision.getValue()).isEqualTo(Decision.DEFAULT);

        _setValue(salesDecision, Decision.WITHDRAWN);

        assertThat(ui.permissions().decisions(plugin).get(permission)).containsExactly(Map.entry(sales, false));
        assertThat(ui.permissions().has(ui.kernel().newActor(Role.MANAGER, "sales"), permission)).isFalse();
    }
}
