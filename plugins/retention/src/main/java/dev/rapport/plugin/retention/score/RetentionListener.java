package dev.rapport.plugin.retention.score;

import dev.rapport.sdk.event.CustomerDeleted;
import dev.rapport.sdk.event.CustomerMerged;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.TransactionRecorded;
import dev.rapport.sdk.extension.DomainEventListener;
import org.pf4j.Extension;

/**
 * Keeps scores fresh between runs: a recorded transaction scores its customer again; a deleted or merged-away
 * customer's scores go (the service plugins' events come through {@code ServiceEventListener}). Every step recomputes
 * from the records, so a repeated delivery changes nothing.
 */
@Extension
public final class RetentionListener implements DomainEventListener {

    private final CustomerRefresh refresh;
    private final ScoreRepository scores;

    public RetentionListener(CustomerRefresh refresh, ScoreRepository scores) {
        this.refresh = refresh;
        this.scores = scores;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == TransactionRecorded.class || type == CustomerDeleted.class || type == CustomerMerged.class;
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
            }
        }
    }
}
