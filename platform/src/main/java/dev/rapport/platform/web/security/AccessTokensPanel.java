package dev.rapport.platform.web.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Access tokens for the REST API of one user: on the account page the signed-in user's own, on the service accounts
 * page an integration's. Create one (name, scope, expiry), see its secret this once, list them with their last use,
 * revoke one after a confirmation.
 */
public final class AccessTokensPanel extends VerticalLayout {

    private static final int DEFAULT_DAYS = 90;

    private final AccessTokens tokens;
    private final Actor actor;
    private final long ownerId;
    private final Formats formats = WebSession.formats();
    private final Grid<AccessTokens.AccessToken> list = new Grid<>();
    private final TextField name = new TextField();
    private final RadioButtonGroup<AccessTokens.Scope> scope = new RadioButtonGroup<>();
    private final DatePicker expiry = new DatePicker();
    private final VerticalLayout secretBox = new VerticalLayout();

    /**
     * @param ownerId whose tokens: the signed-in user's own id, or (for an administrator) a service account's
     */
    public AccessTokensPanel(AccessTokens tokens, Clock clock, long ownerId) {
        this.tokens = tokens;
        this.actor = WebSession.actor();
        this.ownerId = ownerId;
        setId("access-tokens");
        setPadding(false);
        name.setLabel(getTranslation("token.name"));
        name.setId("token-name");
        name.setMaxLength(100);
        scope.setLabel(getTranslation("token.scope"));
        scope.setId("token-scope");
        scope.setItems(AccessTokens.Scope.values());
        scope.setItemLabelGenerator(value -> getTranslation("token.scope." + value.name()));
        scope.setValue(AccessTokens.Scope.READ);
        LocalDate today = LocalDate.now(clock.withZone(formats.zone()));
        expiry.setLabel(getTranslation("token.expiry"));
        expiry.setId("token-expiry");
        expiry.setLocale(formats.locale());
        expiry.setMin(today.plusDays(1));
        expiry.setMax(today.plus(AccessTokens.MAX_LIFETIME.toDays() - 1, java.time.temporal.ChronoUnit.DAYS));
        expiry.setValue(today.plusDays(DEFAULT_DAYS));
        Button create = new Button(getTranslation("token.create"), click -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secretBox.setId("token-secret-box");
        secretBox.setPadding(false);
        list.setId("token-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.setAllRowsVisible(true);
        list.addColumn(AccessTokens.AccessToken::name).setHeader(getTranslation("token.name"));
        list.addColumn(token -> token.prefix() + "…").setHeader(getTranslation("token.prefix"));
        list.addColumn(token -> getTranslation("token.scope." + token.scope().name())).setHeader(getTranslation("token.scope"));
        list.addColumn(token -> formats.date(token.expiresAt())).setHeader(getTranslation("token.expiry"));
        list.addColumn(token -> token.lastUsedAt() == null ? getTranslation("token.neverUsed")
                : formats.dateTime(token.lastUsedAt())).setHeader(getTranslation("token.lastUsed"));
        list.addColumn(token -> getTranslation(token.revokedAt() != null ? "token.revoked"
                : token.usableAt(clock.instant()) ? "token.active" : "token.expired")).setHeader(getTranslation("token.status"));
        list.addComponentColumn(this::revokeButton);
        add(new H3(getTranslation("token.title")), new Paragraph(getTranslation("token.explanation")),
                new FormLayout(name, scope, expiry), create, secretBox, list);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        expiry.setInvalid(false);
        try {
            LocalDate until = expiry.getValue();
            AccessTokens.Issued issued = tokens.create(ownerId, name.getValue(), scope.getValue(),
                    until == null ? null : until.plusDays(1).atStartOfDay(formats.zone()).toInstant(), actor);
            showSecretOnce(issued);
            name.clear();
            refresh();
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String message = getTranslation(error.messageKey(), error.arguments().toArray());
                if (error.field().equals("expiresAt")) {
                    expiry.setErrorMessage(message);
                    expiry.setInvalid(true);
                } else {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                }
            }
        }
    }

    private void showSecretOnce(AccessTokens.Issued issued) {
        TextField secret = new TextField(getTranslation("token.secret", issued.token().name()));
        secret.setId("token-secret");
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.setValue(issued.secret());
        Paragraph notice = new Paragraph(getTranslation("token.shownOnce"));
        notice.setId("token-secret-notice");
        // Emptied, never hidden: Vaadin does not send a hidden component's changes, so the secret would stay in the page.
        Button done = new Button(getTranslation("token.copied"), click -> secretBox.removeAll());
        done.setId("token-secret-done");
        secretBox.removeAll();
        secretBox.add(secret, notice, done);
    }

    private Button revokeButton(AccessTokens.AccessToken token) {
        Button revoke = new Button(getTranslation("token.revoke"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("token.revokeTitle"),
                    getTranslation("token.revokeText", token.name()), getTranslation("token.revoke"), event -> {
                        tokens.revoke(token.id(), actor);
                        Notifications.success(getTranslation("token.revokedNotice", token.name()));
                        refresh();
                    });
            confirm.setId("token-revoke-confirm");
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.setEnabled(token.revokedAt() == null);
        revoke.setId("token-revoke-" + token.id());
        return revoke;
    }

    private void refresh() {
        list.setItems(tokens.of(ownerId, actor));
    }
}
