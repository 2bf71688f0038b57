package dev.rapport.platform.plugin.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.plugin.PluginSettingForms;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.extension.SettingField;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A plugin's settings form ({@link dev.rapport.sdk.extension.SettingsContribution}) in a dialog: one input per
 * field, each checked as it changes (errors shown on the field), Save enabled only while every value is valid.
 */
public final class PluginSettingsDialog extends Dialog {

    private final String pluginId;
    private final PluginSettingForms forms;
    private final Map<String, Supplier<String>> texts = new LinkedHashMap<>();
    private final Map<String, HasValidation> inputs = new LinkedHashMap<>();
    private final Button save;

    public PluginSettingsDialog(String pluginId, PluginSettingForms forms) {
        this.pluginId = pluginId;
        this.forms = forms;
        setId("plugin-settings-dialog");
        setHeaderTitle(getTranslation("plugins.settings.title", pluginId));
        FormLayout form = new FormLayout();
        Map<String, String> values = forms.values(pluginId);
        for (SettingField field : forms.fields(pluginId)) {
            form.add(input(field, values.getOrDefault(field.key(), "")));
        }
        add(form);
        save = new Button(getTranslation("form.save"), click -> save());
        save.setId("plugin-settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("plugin-settings-cancel");
        getFooter().add(cancel, save);
        check();
    }

    private com.vaadin.flow.component.Component input(SettingField field, String value) {
        String label = getTranslation(field.labelKey());
        AbstractField<?, ?> input = switch (field.type()) {
            case BOOLEAN -> {
                Checkbox box = new Checkbox(label, Boolean.parseBoolean(value));
                texts.put(field.key(), () -> String.valueOf(box.getValue()));
                yield box;
            }
            case CHOICE, CURRENCY, TIME_ZONE -> {
                ComboBox<String> box = new ComboBox<>(label, choices(field));
                box.setValue(value.isEmpty() ? null : value);
                texts.put(field.key(), () -> box.getValue() == null ? "" : box.getValue());
                inputs.put(field.key(), box);
                yield box;
            }
            case TEXT, INTEGER, DECIMAL -> {
                TextField text = new TextField(label);
                text.setValue(value);
                text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
                texts.put(field.key(), text::getValue);
                inputs.put(field.key(), text);
                yield text;
            }
        };
        input.setId("setting-" + field.key());
        if (field.helpKey() != null && input instanceof com.vaadin.flow.component.HasHelper helped) {
            helped.setHelperText(getTranslation(field.helpKey()));
        }
        input.addValueChangeListener(event -> check());
        return input;
    }

    private static List<String> choices(SettingField field) {
        return switch (field.type()) {
            case CURRENCY -> Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
            case TIME_ZONE -> ZoneId.getAvailableZoneIds().stream().sorted().toList();
            default -> field.choices();
        };
    }

    private Map<String, String> entered() {
        Map<String, String> entered = new LinkedHashMap<>();
        texts.forEach((key, text) -> entered.put(key, text.get()));
        return entered;
    }

    private void check() {
        List<FieldError> errors = forms.check(pluginId, entered());
        inputs.values().forEach(input -> {
            input.setInvalid(false);
            input.setErrorMessage(null);
        });
        for (FieldError error : errors) {
            HasValidation input = inputs.get(error.field());
            if (input != null) {
                input.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                input.setInvalid(true);
            }
        }
        save.setEnabled(errors.isEmpty());
    }

    private void save() {
        forms.save(pluginId, entered(), WebSession.actor());
        Notifications.success(getTranslation("plugins.settings.saved", pluginId));
        close();
    }
}
