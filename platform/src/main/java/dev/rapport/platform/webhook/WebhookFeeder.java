package dev.rapport.platform.webhook;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event dispatcher's listener for webhooks: it only turns each event into a message per matching enabled
 * subscription and, at the end of each batch of the outbox, queues them all in the delivery queue
 * ({@code webhook_delivery}) in one transaction, then wakes the {@link WebhookSender}; nothing here waits for a
 * receiver, so webhooks never hold the dispatcher back, and a busy outbox costs one commit per batch, not one per
 * message. The messages are written before the dispatcher saves its position past their events, so none is lost
 * (see {@link DomainEventListener#endOfBatch}). Used on the dispatcher's worker thread only. It takes only
 * the event types some subscription wants: the dispatcher then leaves the others out of its reading altogether, and
 * {@link #refresh} (after a change of the subscriptions) restarts its delivery so that it asks again.
 */
final class WebhookFeeder implements DomainEventListener {

    /** The listener's id: keys its position in the outbox. */
    static final String LISTENER_ID = "kernel:webhooks";

    private final WebhookSubscriptions subscriptions;
    private final WebhookDeliveries deliveries;
    private final Clock clock;
    private final Runnable wakeSender;
    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private volatile List<WebhookSubscriptions.Active> active;
    private volatile Set<String> patterns;
    private final List<WebhookDeliveries.Message> gathered = new ArrayList<>();

    WebhookFeeder(WebhookSubscriptions subscriptions, WebhookDeliveries deliveries, Clock clock, Runnable wakeSender) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
        this.wakeSender = wakeSender;
        refresh();
    }

    /** Reads the enabled subscriptions again; true when the event types they want changed. */
    boolean refresh() {
        List<WebhookSubscriptions.Active> now = subscriptions.active();
        Set<String> wanted = now.stream().flatMap(subscription -> subscription.eventTypes().stream())
                .collect(Collectors.toUnmodifiableSet());
        boolean typesChanged = !wanted.equals(patterns);
        active = now;
        patterns = wanted;
        return typesChanged;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return WebhookEventTypes.mayMatch(patterns, type);
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        String typeName = WebhookEventTypes.name(metadata.source(), event.getClass());
        String payload = null;
        for (WebhookSubscriptions.Active subscription : active) {
            if (metadata.sequence() > subscription.afterEventId()
                    && WebhookEventTypes.matches(subscription.eventTypes(), typeName)) {
                if (payload == null) {
                    payload = payload(event, metadata, typeName);
                }
                gathered.add(new WebhookDeliveries.Message(subscription.id(), metadata.sequence(), typeName, payload));
            }
        }
    }

    @Override
    public void endOfBatch() {
        if (gathered.isEmpty()) {
            return;
        }
        try {
            deliveries.queueAll(gathered, clock.instant());
        } finally {
            gathered.clear(); // written, or to be made again from the same events (the position was not saved)
        }
        wakeSender.run();
    }

    /** The message body: the Standard Webhooks envelope of type, timestamp and data, with the event's sequence. */
    private String payload(DomainEvent event, EventMetadata metadata, String typeName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeName);
        body.put("timestamp", metadata.publishedAt().toString());
        body.put("sequence", metadata.sequence());
        body.put("data", event);
        return mapper.writeValueAsString(body);
    }
}
