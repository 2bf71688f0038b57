package dev.rapport.platform.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.platform.webhook.WebhookDraft;
import dev.rapport.platform.webhook.WebhookEventTypes;
import dev.rapport.platform.webhook.WebhookSubscription;
import dev.rapport.platform.webhook.WebhookSubscriptions;
import dev.rapport.platform.webhook.Webhooks;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Webhooks (administrators): subscribe a URL to event types (the secret is shown this once), list the subscriptions,
 * and for the selected one enable or disable it, rotate its secret or delete it (after a confirmation), and read its
 * delivery log ({@link DeliveryLogPanel}).
 */
@Route(value = "admin/webhooks", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class WebhooksView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookSubscriptions subscriptions;
    private final Actor actor = WebSession.actor();
    private final TextField name = new TextField();
    private final TextField url = new TextField();
    private final MultiSelectComboBox<String> eventTypes = new MultiSelectComboBox<>();
    private final VerticalLayout secretBox = new VerticalLayout();
    private final Grid<WebhookSubscription> grid = new Grid<>();
    private final VerticalLayout selected = new VerticalLayout();
    private final DeliveryLogPanel log;

    public WebhooksView(Webhooks webhooks) {
        this.subscriptions = webhooks.subscriptions();
        this.log = new DeliveryLogPanel(webhooks, actor);
        setId("webhooks-view");
        name.setLabel(getTranslation("webhooks.name"));
        name.setId("webhook-name");
        name.setMaxLength(100);
        url.setLabel(getTranslation("webhooks.url"));
        url.setId("webhook-url");
        url.setPlaceholder("https://");
        url.setWidthFull();
        List<String> types = new ArrayList<>();
        types.add(WebhookEventTypes.ALL);
        types.addAll(WebhookEventTypes.kernelTypes());
        eventTypes.setLabel(getTranslation("webhooks.eventTypes"));
        eventTypes.setId("webhook-event-types");
        eventTypes.setHelperText(getTranslation("webhooks.eventTypesHelp"));
        eventTypes.setItems(types);
        eventTypes.setAllowCustomValue(true);
        eventTypes.addCustomValueSetListener(event -> {
            List<String> items = new ArrayList<>(types);
            items.add(event.getDetail());
            types.add(event.getDetail());
            eventTypes.setItems(items);
            eventTypes.select(event.getDetail());
        });
        Button create = new Button(getTranslation("webhooks.create"), click -> create());
        create.setId("webhook-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        secretBox.setId("webhook-secret-box");
        secretBox.setPadding(false);
        grid.setId("webhooks-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(WebhookSubscription::name).setHeader(getTranslation("webhooks.name"));
        grid.addColumn(WebhookSubscription::url).setHeader(getTranslation("webhooks.url")).setFlexGrow(2);
        grid.addColumn(subscription -> String.join(", ", subscription.eventTypes()))
                .setHeader(getTranslation("webhooks.eventTypes"));
        grid.addColumn(subscription -> subscription.enabled() ? getTranslation("webhooks.enabled")
                : getTranslation("webhooks.disabled", subscription.disabledReason()))
                .setHeader(getTranslation("webhooks.state")).setFlexGrow(2);
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        selected.setPadding(false);
        FormLayout form = new FormLayout(name, url, eventTypes);
        add(new H2(getTranslation("webhooks.title")), new Paragraph(getTranslation("webhooks.explanation")), form,
                create, secretBox, grid, selected);
        refresh();
    }

    private void create() {
        name.setInvalid(false);
        url.setInvalid(false);
        eventTypes.setInvalid(false);
        try {
            WebhookSubscriptions.Issued issued = subscriptions.create(new WebhookDraft(name.getValue(), url.getValue(),
                    List.copyOf(eventTypes.getSelectedItems())), "kernel", actor);
            showSecretOnce(issued.subscription().name(), issued.secret());
            name.clear();
            url.clear();
            eventTypes.clear();
            refresh();
            grid.select(issued.subscription());
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                String message = getTranslation(error.messageKey(), error.arguments().toArray());
                switch (error.field()) {
                    case "url" -> {
                        url.setErrorMessage(message);
                        url.setInvalid(true);
                    }
                    case "eventTypes" -> {
                        eventTypes.setErrorMessage(message);
                        eventTypes.setInvalid(true);
                    }
                    default -> {
                        name.setErrorMessage(message);
                        name.setInvalid(true);
                    }
                }
            }
        }
    }

    private void showSecretOnce(String subscriptionName, String secret) {
        TextField shown = new TextField(getTranslation("webhooks.secret", subscriptionName));
        shown.setId("webhook-secret");
        shown.setReadOnly(true);
        shown.setWidthFull();
        shown.setValue(secret);
        // Emptied, never hidden: Vaadin does not send a hidden component's changes, so the secret would stay in the page.
        Button done = new Button(getTranslation("token.copied"), click -> secretBox.removeAll());
        done.setId("webhook-secret-done");
        secretBox.removeAll();
        secretBox.add(shown, new Paragraph(getTranslation("webhooks.shownOnce")), done);
    }

    private void show(WebhookSubscription subscription) {
        selected.removeAll();
        if (subscription == null) {
            return;
        }
        Button toggle = subscription.enabled()
                ? new Button(getTranslation("webhooks.disable"), click -> {
                    subscriptions.disable(subscription.id(), getTranslation("webhooks.disabledByAdmin",
                            actor.displayName()), actor);
                    refreshSelecting(subscription.id());
                })
                : new Button(getTranslation("webhooks.enable"), click -> {
                    subscriptions.enable(subscription.id(), actor);
                    refreshSelecting(subscription.id());
                });
        toggle.setId("webhook-toggle");
        Button rotate = new Button(getTranslation("webhooks.rotate"), click -> confirm("webhooks.rotateTitle",
                "webhooks.rotateText", subscription, () -> showSecretOnce(subscription.name(),
                        subscriptions.rotateSecret(subscription.id(), actor)), "primary"));
        rotate.setId("webhook-rotate");
        Button delete = new Button(getTranslation("webhooks.delete"), click -> confirm("webhooks.deleteTitle",
                "webhooks.deleteText", subscription, () -> {
                    subscriptions.delete(subscription.id(), actor);
                    Notifications.success(getTranslation("webhooks.deleted", subscription.name()));
                    refresh();
                }, "error primary"));
        delete.setId("webhook-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        log.show(subscription.id());
        selected.add(new H3(subscription.name()), new HorizontalLayout(toggle, rotate, delete), log);
    }

    private void confirm(String title, String text, WebhookSubscription subscription, Runnable action, String theme) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation(title), getTranslation(text, subscription.name()),
                getTranslation(title), event -> action.run());
        dialog.setId("webhook-confirm");
        dialog.setConfirmButtonTheme(theme);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.open();
    }

    private void refreshSelecting(long id) {
        refresh();
        grid.getListDataView().getItems().filter(subscription -> subscription.id() == id).findFirst()
                .ifPresent(grid::select);
    }

    private void refresh() {
        grid.setItems(subscriptions.all(actor));
        selected.removeAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("webhooks.title");
    }
}
