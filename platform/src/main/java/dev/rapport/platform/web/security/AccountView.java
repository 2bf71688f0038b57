package dev.rapport.platform.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.user.Authenticator;
import dev.rapport.platform.user.PasswordPolicy;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The signed-in user's account: change the password, and manage personal access tokens of the REST API. Required after an administrator set a temporary one:
 * until then every page leads here, afterwards the user goes on to the start page.
 */
@Route(value = "account", layout = MainLayout.class)
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    public AccountView(Authenticator authenticator, AccessTokens tokens, Clock clock) {
        setId("account-view");
        setMaxWidth("40em");
        PasswordField current = new PasswordField(getTranslation("account.currentPassword"));
        current.setId("current-password");
        PasswordField chosen = new PasswordField(getTranslation("account.newPassword"));
        chosen.setId("new-password");
        chosen.setHelperText(getTranslation("account.passwordRule", PasswordPolicy.MIN_LENGTH));
        PasswordField repeated = new PasswordField(getTranslation("account.repeatPassword"));
        repeated.setId("repeat-password");
        Button save = new Button(getTranslation("account.changePassword"), click -> {
            current.setInvalid(false);
            chosen.setInvalid(false);
            repeated.setInvalid(false);
            if (!chosen.getValue().equals(repeated.getValue())) {
                repeated.setErrorMessage(getTranslation("validation.passwordsDiffer"));
                repeated.setInvalid(true);
                return;
            }
            try {
                boolean required = WebSession.mustChangePassword();
                authenticator.changePassword(WebSession.actor(), current.getValue(), chosen.getValue());
                WebSession.passwordChanged();
                current.clear();
                chosen.clear();
                repeated.clear();
                Notifications.success(getTranslation("account.passwordChanged"));
                if (required) {
                    getUI().ifPresent(ui -> ui.navigate(""));
                }
            } catch (ValidationException e) {
                showErrors(e.errors(), Map.of("currentPassword", current, "newPassword", chosen));
            }
        });
        save.setId("change-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("account.title", WebSession.actor().displayName())));
        if (WebSession.mustChangePassword()) {
            Paragraph required = new Paragraph(getTranslation("account.mustChange"));
            required.setId("must-change-password");
            add(required);
        }
        add(new FormLayout(current, chosen, repeated), save);
        if (!WebSession.mustChangePassword()) {
            add(new AccessTokensPanel(tokens, clock, WebSession.actor().userId()));
        }
    }

    private void showErrors(List<FieldError> errors, Map<String, PasswordField> fields) {
        for (FieldError error : errors) {
            PasswordField field = fields.getOrDefault(error.field(), fields.get("newPassword"));
            field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.changePassword") + " · " + getTranslation("app.name");
    }
}
