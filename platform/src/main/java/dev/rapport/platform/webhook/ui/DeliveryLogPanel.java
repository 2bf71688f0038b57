package dev.rapport.platform.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.webhook.WebhookDelivery;
import dev.rapport.platform.webhook.Webhooks;
import dev.rapport.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * A subscription's delivery log, newest first, a page at a time (keyset: "More" reads the page after the last row
 * shown): when, which event, state, the receiver's status code, duration, attempts and error; a message can be
 * replayed.
 */
final class DeliveryLogPanel extends VerticalLayout {

    static final int PAGE = 50;

    private final Webhooks webhooks;
    private final Actor actor;
    private final Formats formats = WebSession.formats();
    private final Grid<WebhookDelivery> grid = new Grid<>();
    private final Button more;
    private final List<WebhookDelivery> shown = new ArrayList<>();
    private long subscriptionId;

    DeliveryLogPanel(Webhooks webhooks, Actor actor) {
        this.webhooks = webhooks;
        this.actor = actor;
        setPadding(false);
        grid.setId("webhook-deliveries");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(delivery -> formats.dateTime(delivery.createdAt())).setHeader(getTranslation("webhooks.log.time"));
        grid.addColumn(WebhookDelivery::eventType).setHeader(getTranslation("webhooks.log.event"));
        grid.addColumn(delivery -> getTranslation("webhooks.log.status." + delivery.status().name()))
                .setHeader(getTranslation("webhooks.log.status")).setKey("status");
        grid.addColumn(delivery -> delivery.responseStatus() == null ? "" : delivery.responseStatus().toString())
                .setHeader(getTranslation("webhooks.log.response"));
        grid.addColumn(delivery -> delivery.durationMillis() == null ? ""
                : getTranslation("webhooks.log.millis", delivery.durationMillis()))
                .setHeader(getTranslation("webhooks.log.duration"));
        grid.addColumn(WebhookDelivery::attempts).setHeader(getTranslation("webhooks.log.attempts"));
        grid.addColumn(delivery -> delivery.error() == null ? "" : delivery.error())
                .setHeader(getTranslation("webhooks.log.error")).setFlexGrow(2);
        grid.addComponentColumn(this::replayButton);
        more = new Button(getTranslation("webhooks.log.more"), click -> nextPage());
        more.setId("webhook-deliveries-more");
        Button reload = new Button(getTranslation("webhooks.log.reload"), click -> show(subscriptionId));
        reload.setId("webhook-deliveries-reload");
        add(new H4(getTranslation("webhooks.log.title")), reload, grid, more);
    }

    void show(long subscription) {
        subscriptionId = subscription;
        shown.clear();
        nextPage();
    }

    private void nextPage() {
        Long after = shown.isEmpty() ? null : shown.getLast().id();
        List<WebhookDelivery> page = webhooks.log(subscriptionId, after, PAGE + 1, actor);
        shown.addAll(page.subList(0, Math.min(PAGE, page.size())));
        more.setVisible(page.size() > PAGE);
        grid.setItems(shown);
    }

    private Button replayButton(WebhookDelivery delivery) {
        Button replay = new Button(getTranslation("webhooks.log.replay"), click -> {
            try {
                webhooks.replay(delivery.id(), actor);
                Notifications.success(getTranslation("webhooks.log.replayed", delivery.messageId()));
                show(subscriptionId);
            } catch (ValidationException e) {
                Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
            }
        });
        replay.addThemeVariants(ButtonVariant.LUMO_SMALL);
        replay.setId("webhook-replay-" + delivery.id());
        return replay;
    }
}
