package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.signal.ServiceEvents;
import dev.rapport.sdk.event.CustomerDeleted;
import dev.rapport.sdk.event.CustomerMerged;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.event.TransactionRecorded;
import dev.rapport.sdk.extension.DomainEventListener;
import org.pf4j.Extension;

/**
 * Keeps scores fresh between runs: a recorded transaction scores its customer again; the service plugins' requests
 * and costs (read by type name) are stored and score their customer again; a deleted or merged-away customer's scores
 * go. Every step recomputes from the records or ignores a repeat, so a repeated delivery changes nothing.
 */
@Extension
public final class RetentionListener implements DomainEventListener {

    private final CustomerRefresh refresh;
    private final ServiceEvents serviceEvents;
    private final ScoreRepository scores;

    public RetentionListener(CustomerRefresh refresh, ServiceEvents serviceEvents, ScoreRepository scores) {
        this.refresh = refresh;
        this.serviceEvents = serviceEvents;
        this.scores = scores;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == TransactionRecorded.class || type == CustomerDeleted.class || type == CustomerMerged.class
                || PluginEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        switch (event) {
            case TransactionRecorded recorded -> refresh.refresh(recorded.customerId());
            case CustomerDeleted deleted -> scores.delete(deleted.customerId());
            case CustomerMerged merged -> {
                scores.delete(merged.mergedId());
                refresh.refresh(merged.customerId());
            }
            default -> {
                if (event instanceof PluginEvent && ServiceEvents.isServiceEvent(metadata)) {
                    serviceEvents.handle(event, metadata).ifPresent(refresh::refresh);
                }
            }
        }
    }
}
