package dev.rapport.plugin.upsell.trigger;

import dev.rapport.plugin.upsell.event.OpportunityLost;
import dev.rapport.plugin.upsell.event.OpportunityWon;
import dev.rapport.sdk.event.CustomerUpdated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.event.TaskCompleted;
import dev.rapport.sdk.event.TransactionRecorded;
import dev.rapport.sdk.extension.DomainEventListener;
import org.pf4j.Extension;

/**
 * Feeds the durable event stream to the rules (recorded transactions, logged interactions, changed customers and
 * other plugins' events, each keyed by its sequence) and to the firings' outcomes (tasks done, the plugin's own
 * opportunities won or lost).
 */
@Extension
public final class TriggerListener implements DomainEventListener {

    private final TriggerEngine engine;
    private final FiringLog firings;

    public TriggerListener(TriggerEngine engine, FiringLog firings) {
        this.engine = engine;
        this.firings = firings;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == TransactionRecorded.class || type == InteractionLogged.class || type == CustomerUpdated.class
                || type == TaskCompleted.class || PluginEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        switch (event) {
            case TransactionRecorded recorded -> engine.handle(recorded, metadata.sequence());
            case TaskCompleted completed -> firings.taskCompleted(completed);
            case OpportunityWon won -> firings.opportunityWon(won);
            case OpportunityLost lost -> firings.opportunityLost(lost);
            default -> engine.handle(event, metadata);
        }
    }
}
