package dev.rapport.platform.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.SetupTokens;
import dev.rapport.platform.user.User;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.util.Map;

/**
 * The first administrator of a new installation, created with the one-time link printed at start-up
 * ({@code setup?token=...}), who is signed in at once. Once an administrator exists, the link no longer works.
 */
@PublicView
@Route("setup")
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SetupTokens tokens;
    private final AuditLog audit;
    private String token;

    public SetupView(SetupTokens tokens, AuditLog audit) {
        this.tokens = tokens;
        this.audit = audit;
        setId("setup-view");
        setMaxWidth("40em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
        removeAll();
        add(new H2(getTranslation("setup.title")));
        if (!tokens.isUsable(token)) {
            add(new Paragraph(getTranslation("setup.invalid")));
            return;
        }
        add(new Paragraph(getTranslation("setup.text")));
        TextField username = new TextField(getTranslation("users.username"));
        username.setId("setup-username");
        TextField displayName = new TextField(getTranslation("users.displayName"));
        displayName.setId("setup-display-name");
        PasswordField password = new PasswordField(getTranslation("account.newPassword"));
        password.setId("setup-password");
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("username", username,
                "displayName", displayName, "password", password);
        Button create = new Button(getTranslation("setup.create"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                User administrator = tokens.createFirstAdministrator(token, username.getValue(), displayName.getValue(),
                        password.getValue());
                Actor actor = Actor.of(administrator);
                audit.record(actor, AuditAction.SIGN_IN_SUCCEEDED, "user", actor.userId(), "with the set-up link");
                WebSession.signIn(actor, false);
                Notifications.success(getTranslation("setup.done"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (ValidationException e) {
                for (FieldError error : e.errors()) {
                    var field = fields.getOrDefault(error.field(), username);
                    field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                    field.setInvalid(true);
                }
            }
        });
        create.setId("setup-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(username, displayName, password), create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }
}
