package dev.rapport.platform.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import dev.rapport.platform.user.Authenticator;
import dev.rapport.platform.web.WebSession;

/** The sign-in page; after signing in, the user lands where they wanted to go. */
@PublicView
@Route("login")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    public LoginView(Authenticator authenticator) {
        setId("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setI18n(i18n());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(event -> {
            var outcome = authenticator.signIn(event.getUsername(), event.getPassword(), WebSession.remoteAddress());
            switch (outcome) {
                case Authenticator.Outcome.SignedIn signedIn -> {
                    WebSession.signIn(signedIn.actor(), signedIn.mustChangePassword());
                    String target = (String) VaadinSession.getCurrent().getAttribute(AccessControl.TARGET_AFTER_SIGN_IN);
                    VaadinSession.getCurrent().setAttribute(AccessControl.TARGET_AFTER_SIGN_IN, null);
                    UI.getCurrent().navigate(target == null || target.startsWith("login") ? "" : target);
                }
                case Authenticator.Outcome.Throttled throttled -> {
                    long seconds = Math.max(1, throttled.retryAfter().toSeconds());
                    form.setI18n(i18n(seconds < 60 ? getTranslation("login.pause", seconds)
                            : getTranslation("login.throttled", (seconds + 59) / 60)));
                    form.setError(true);
                }
                case Authenticator.Outcome.Refused refused -> {
                    form.setI18n(i18n());
                    form.setError(true);
                }
            }
        });
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new H1(getTranslation("app.name")), form, hint);
    }

    private LoginI18n i18n() {
        return i18n(getTranslation("login.failed"));
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.failedTitle"));
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (WebSession.currentActor().isPresent()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
