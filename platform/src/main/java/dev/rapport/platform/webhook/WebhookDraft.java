package dev.rapport.platform.webhook;

import java.util.List;

/** What an administrator (or a plugin) enters for a subscription: a name, the receiving URL and the event types. */
public record WebhookDraft(String name, String url, List<String> eventTypes) {

    public WebhookDraft {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
}
