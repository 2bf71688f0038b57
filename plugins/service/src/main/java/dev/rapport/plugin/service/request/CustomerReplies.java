package dev.rapport.plugin.service.request;

import static dev.rapport.plugin.service.db.Tables.SVC_HANDLED_INTERACTION;

import dev.rapport.plugin.service.support.Times;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.interaction.Direction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * A customer got in touch (an inbound interaction was logged): their requests waiting on them run again (in
 * progress), or, if none waits, the request resolved most recently within the reopen window is reopened. Each
 * interaction is handled once: its id is remembered in the same transaction, so a second delivery changes nothing.
 */
public final class CustomerReplies {

    private final PluginContext context;
    private final RequestService requests;
    private final Clock clock;

    public CustomerReplies(PluginContext context, RequestService requests, Clock clock) {
        this.context = context;
        this.requests = requests;
        this.clock = clock;
    }

    /** Handles one logged interaction; returns the ids of the requests it resumed or reopened. */
    public List<Long> handle(InteractionLogged logged) {
        if (logged.direction() != Direction.INBOUND || logged.customerId() == null || logged.correctsId() != null) {
            return List.of();
        }
        return context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Instant now = clock.instant();
            int first = tx.insertInto(SVC_HANDLED_INTERACTION)
                    .set(SVC_HANDLED_INTERACTION.INTERACTION_ID, logged.interactionId())
                    .set(SVC_HANDLED_INTERACTION.HANDLED_AT, Times.stored(now)).onDuplicateKeyIgnore().execute();
            if (first == 0) {
                return List.of();
            }
            RequestRepository repository = new RequestRepository(tx);
            List<ServiceRequest> waiting = repository.ofCustomerInStatus(logged.customerId(), RequestStatus.WAITING_ON_CUSTOMER);
            if (!waiting.isEmpty()) {
                for (ServiceRequest request : waiting) {
                    resume(tx, request.id(), RequestStatus.IN_PROGRESS, logged.interactionId());
                }
                return waiting.stream().map(ServiceRequest::id).toList();
            }
            return repository.lastResolvedSince(logged.customerId(), now.minus(requests.settings().reopenWindow()))
                    .map(resolved -> {
                        resume(tx, resolved.id(), RequestStatus.REOPENED, logged.interactionId());
                        return List.of(resolved.id());
                    }).orElse(List.of());
        });
    }

    private void resume(DSLContext tx, long requestId, RequestStatus to, long interactionId) {
        requests.change(tx, requestId, null, (inner, request, now) -> {
            new HistoryRepository(inner).append(requestId, HistoryKind.CUSTOMER_REPLY, null, null, null, interactionId,
                    null, now);
            return requests.moveTo(inner, request, to, null, null, now);
        });
    }
}
