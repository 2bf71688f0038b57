package dev.rapport.platform.webhook;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Webhooks put together: the {@linkplain #subscriptions subscriptions}, the feeder that the event dispatcher hands
 * every wanted event after commit, and the sender that delivers the queued messages on threads of its own. Also the
 * delivery log and replay for administrators.
 */
public final class Webhooks implements AutoCloseable {

    /** The largest page of a delivery log. */
    public static final int MAX_PAGE = 200;

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final WebhookFeeder feeder;
    private final WebhookSender sender;
    private final EventDispatcher dispatcher;
    private final Clock clock;
    private final AuditLog audit;

    public Webhooks(DSLContext dsl, Clock clock, WebhookSubscriptions subscriptions, EventDispatcher dispatcher,
                    WebhookRetrySchedule schedule, WebhookSender.Settings settings, WebhookSender.DisabledNotice notice,
                    AuditLog audit) {
        this.subscriptions = subscriptions;
        this.deliveries = new WebhookDeliveries(dsl);
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.audit = audit;
        this.sender = new WebhookSender(subscriptions, deliveries, clock, schedule, settings, notice);
        this.feeder = new WebhookFeeder(subscriptions, deliveries, clock, sender::wake);
        subscriptions.onChange(this::subscriptionsChanged);
        sender.whenSubscriptionsChange(this::subscriptionsChanged);
    }

    /** Registers the feeder with the dispatcher and starts sending. */
    public void start() {
        dispatcher.register(WebhookFeeder.LISTENER_ID, EventTypes.KERNEL, feeder);
        sender.start();
    }

    public WebhookSubscriptions subscriptions() {
        return subscriptions;
    }

    /**
     * A page of a subscription's delivery log, newest first, after the message {@code afterId} (null for the first
     * page).
     */
    public List<WebhookDelivery> log(long subscriptionId, Long afterId, int limit, Actor actor) {
        subscriptions.get(subscriptionId, actor);
        return deliveries.page(subscriptionId, afterId, Math.max(1, Math.min(limit, MAX_PAGE)));
    }

    /**
     * Sends a message again (with its webhook-id, so a receiver that handled it already can tell), with a new retry
     * window; audited.
     *
     * @throws ValidationException when its subscription is disabled (enable it first)
     */
    public WebhookDelivery replay(long deliveryId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "replay webhooks");
        WebhookDelivery delivery = deliveries.find(deliveryId)
                .orElseThrow(() -> new NotFoundException("Webhook delivery", deliveryId));
        if (!subscriptions.get(delivery.subscriptionId(), actor).enabled()) {
            throw new ValidationException(List.of(FieldError.of("subscription", "validation.webhookDisabled")));
        }
        deliveries.replay(deliveryId, clock.instant());
        audit.record(actor, AuditAction.WEBHOOK_REPLAYED, "webhook", delivery.subscriptionId(), delivery.messageId());
        sender.wake();
        return deliveries.find(deliveryId).orElseThrow();
    }

    /** The delivery {@code deliveryId} of subscription {@code subscriptionId}. */
    public WebhookDelivery delivery(long subscriptionId, long deliveryId, Actor actor) {
        subscriptions.get(subscriptionId, actor);
        return deliveries.find(deliveryId).filter(found -> found.subscriptionId() == subscriptionId)
                .orElseThrow(() -> new NotFoundException("Webhook delivery", deliveryId));
    }

    WebhookSender sender() {
        return sender;
    }

    WebhookFeeder feeder() {
        return feeder;
    }

    private void subscriptionsChanged() {
        if (feeder.refresh()) {
            dispatcher.restart(WebhookFeeder.LISTENER_ID);
        }
        sender.refresh();
    }

    @Override
    public void close() {
        sender.close();
    }
}
