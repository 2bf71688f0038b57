package dev.rapport.plugin.upsell.trigger;

import dev.rapport.plugin.upsell.event.OpportunityLost;
import dev.rapport.plugin.upsell.event.OpportunityWon;
import dev.rapport.sdk.event.CustomerUpdated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.event.TaskCompleted;
import dev.rapport.sdk.event.TransactionRecorded;
import dev.rapport.sdk.extension.DomainEventListener;
import org.pf4j.Extension;

/**
 * Feeds the kernel's events to the rules (recorded transactions, logged interactions, changed customers, each keyed by
 * its sequence; gathered per delivered batch and fired at its end) and to the firings' outcomes (tasks done, the plugin's own opportunities won or lost). Other plugins'
 * events are read by type name in {@link PluginEventTriggers}, so that they never wait for their plugin.
 */
@Extension
public final class TriggerListener implements DomainEventListener {

    private final TriggerEngine engine;
    private final FiringLog firings;
    private final FiringBatch batch = new FiringBatch();

    public TriggerListener(TriggerEngine engine, FiringLog firings) {
        this.engine = engine;
        this.firings = firings;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == TransactionRecorded.class || type == InteractionLogged.class || type == CustomerUpdated.class
                || type == TaskCompleted.class || type == OpportunityWon.class || type == OpportunityLost.class;
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        switch (event) {
            case TransactionRecorded recorded -> engine.gather(recorded, metadata.sequence(), batch);
            case TaskCompleted completed -> firings.taskCompleted(completed);
            case OpportunityWon won -> firings.opportunityWon(won);
            case OpportunityLost lost -> firings.opportunityLost(lost);
            default -> engine.gather(event, metadata, batch);
        }
    }

    /** Fires the rules on the batch's gathered events, before the platform saves its position past them. */
    @Override
    public void endOfBatch() {
        engine.write(batch);
    }
}
