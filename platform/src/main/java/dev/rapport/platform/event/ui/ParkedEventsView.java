package dev.rapport.platform.event.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.event.DeliveryStats;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.OutboxPruner;
import dev.rapport.platform.event.ParkedDelivery;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Event delivery for administrators: how it goes (delivered, parked, lag), how big the outbox is and what holds its
 * pruning back, and the parked deliveries: those that kept failing, with their errors, to replay once the cause is
 * fixed or to discard (which delivers the customer's events that waited behind them), and those waiting for a plugin.
 */
@Route(value = "admin/events", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class ParkedEventsView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_SHOWN = 500;

    private final EventDispatcher dispatcher;
    private final OutboxPruner outbox;
    private final Formats formats = WebSession.formats();
    private final Grid<ParkedDelivery> grid = new Grid<>();
    private final HorizontalLayout stats = new HorizontalLayout();
    private final Paragraph heldBack = new Paragraph();
    private List<ParkedDelivery> shown = List.of();

    public ParkedEventsView(EventDispatcher dispatcher, OutboxPruner outbox) {
        this.dispatcher = dispatcher;
        this.outbox = outbox;
        setSizeFull();
        H2 title = new H2(getTranslation("events.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Button refresh = new Button(getTranslation("events.refresh"), VaadinIcon.REFRESH.create(), click -> refresh());
        HorizontalLayout header = new HorizontalLayout(title, refresh);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        stats.setId("event-stats");
        grid.setId("parked-events");
        grid.addColumn(ParkedDelivery::eventId).setHeader(getTranslation("events.event")).setAutoWidth(true).setKey("event");
        grid.addColumn(delivery -> delivery.eventType().substring(delivery.eventType().lastIndexOf('.') + 1))
                .setHeader(getTranslation("events.type")).setAutoWidth(true).setKey("type");
        grid.addColumn(ParkedDelivery::listenerId).setHeader(getTranslation("events.listener")).setFlexGrow(2).setKey("listener");
        grid.addColumn(delivery -> delivery.customerId() == null ? "" : "#" + delivery.customerId())
                .setHeader(getTranslation("events.customer")).setAutoWidth(true).setKey("customer");
        grid.addColumn(ParkedDelivery::attempts).setHeader(getTranslation("events.attempts")).setAutoWidth(true).setKey("attempts");
        grid.addColumn(this::why).setHeader(getTranslation("events.error")).setFlexGrow(3).setKey("error");
        grid.addColumn(delivery -> formats.dateTime(delivery.parkedAt())).setHeader(getTranslation("events.parkedAt"))
                .setAutoWidth(true).setKey("parkedAt");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setEmptyStateText(getTranslation("events.none"));
        heldBack.setId("outbox-held-back");
        heldBack.addClassNames(LumoUtility.TextColor.WARNING, LumoUtility.Margin.NONE);
        add(header, stats, heldBack, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        DeliveryStats numbers = dispatcher.stats();
        stats.removeAll();
        stats.add(figure(getTranslation("events.delivered"), formats.number(numbers.deliveredCount())),
                figure(getTranslation("events.parked"), formats.number(numbers.parkedCount())),
                figure(getTranslation("events.lag"), numbers.lagPercentileMillis(95) + " ms"),
                figure(getTranslation("events.dispatching"), getTranslation(dispatcher.isLeading() ? "events.yes" : "events.no")));
        OutboxPruner.Status outboxStatus = outbox.status();
        Component size = figure(getTranslation("events.outboxSize"),
                getTranslation("events.about", formats.number(outboxStatus.approximateSize())));
        size.setId("outbox-size");
        size.getElement().setAttribute("title", getTranslation("events.outboxSizeHint"));
        Component oldest = figure(getTranslation("events.outboxOldest"), outboxStatus.oldestPublishedAt() == null
                ? "–" : formats.dateTime(outboxStatus.oldestPublishedAt()));
        oldest.setId("outbox-oldest");
        stats.add(size, oldest,
                figure(getTranslation("events.retention"), getTranslation("events.days", outbox.retention().toDays())));
        heldBack.setText(outboxStatus.heldBackBy() == null ? ""
                : getTranslation("events.heldBack", outboxStatus.heldBackBy(), String.valueOf(outboxStatus.heldBackAt())));
        heldBack.setVisible(outboxStatus.heldBackBy() != null);
        shown = dispatcher.parked(MAX_SHOWN);
        grid.setItems(shown);
    }

    /** Why the event is parked, in words: the error of a failed delivery, or what it waits for. */
    private String why(ParkedDelivery delivery) {
        return switch (delivery.reason()) {
            case FAILED -> delivery.error();
            case BEHIND -> getTranslation("events.reasonBehind");
            case WAITING_FOR_PLUGIN -> getTranslation("events.reasonWaiting", delivery.waitingFor());
        };
    }

    /**
     * The customer's events that wait only behind {@code delivery}: discarding it delivers them. None while an earlier
     * parked event of the customer holds them too.
     */
    private long waitingBehind(ParkedDelivery delivery) {
        if (delivery.customerId() == null) {
            return 0;
        }
        List<ParkedDelivery> customers = shown.stream()
                .filter(other -> other.listenerId().equals(delivery.listenerId()))
                .filter(other -> delivery.customerId().equals(other.customerId()))
                .toList();
        if (customers.stream().anyMatch(other -> other.eventId() < delivery.eventId())) {
            return 0;
        }
        return customers.stream()
                .filter(other -> other.eventId() > delivery.eventId())
                .takeWhile(other -> other.reason() == ParkedDelivery.Reason.BEHIND)
                .count();
    }

    private static Component figure(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Span valueSpan = new Span(value);
        valueSpan.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        Div card = new Div(labelSpan, valueSpan);
        card.addClassName("key-figure");
        return card;
    }

    private Component actions(ParkedDelivery delivery) {
        Button replay = new Button(getTranslation("events.replay"), click -> outcome(
                dispatcher.replay(delivery.listenerId(), delivery.eventId(), WebSession.actor()), "events.replayed"));
        replay.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        replay.addClassName("replay-event");
        Button discard = new Button(getTranslation("events.discard"), click -> {
            long behind = waitingBehind(delivery);
            String text = getTranslation("events.discardText", String.valueOf(delivery.eventId()), delivery.listenerId())
                    + (behind == 0 ? "" : " " + getTranslation("events.discardReleases", behind, String.valueOf(delivery.customerId())));
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("events.discardTitle"), text,
                    getTranslation("events.discard"),
                    event -> outcome(dispatcher.discard(delivery.listenerId(), delivery.eventId(), WebSession.actor()),
                            "events.discarded"));
            confirm.setId("discard-dialog");
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.open();
        });
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        discard.addClassName("discard-event");
        return new HorizontalLayout(replay, discard);
    }

    /** Waits briefly for the listener's thread to do it, then tells the administrator the result. */
    private void outcome(CompletableFuture<Integer> result, String successKey) {
        try {
            Notifications.success(getTranslation(successKey, result.get(30, TimeUnit.SECONDS)));
        } catch (ExecutionException e) {
            Notifications.error(getTranslation("events.failed", e.getCause().getMessage()));
        } catch (TimeoutException e) {
            Notifications.error(getTranslation("events.stillRunning"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.title") + " · " + getTranslation("app.name");
    }
}
