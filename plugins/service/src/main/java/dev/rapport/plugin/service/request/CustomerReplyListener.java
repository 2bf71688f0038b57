package dev.rapport.plugin.service.request;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.extension.DomainEventListener;
import org.pf4j.Extension;

/** Hands every logged interaction to {@link CustomerReplies}: a customer's reply resumes or reopens their request. */
@Extension
public final class CustomerReplyListener implements DomainEventListener {

    private final CustomerReplies replies;

    public CustomerReplyListener(CustomerReplies replies) {
        this.replies = replies;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == InteractionLogged.class;
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        if (event instanceof InteractionLogged logged) {
            replies.handle(logged);
        }
    }
}
