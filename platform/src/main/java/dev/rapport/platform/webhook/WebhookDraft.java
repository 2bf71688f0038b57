package dev.rapport.platform.webhook;

import java.util.List;
import java.util.Objects;

/** What an administrator (or a plugin) enters for a subscription: a name, the receiving URL and the event types. */
public record WebhookDraft(String name, String url, List<String> eventTypes) {

    public WebhookDraft {
        // A null in the list (JSON [null]) counts as no type, so that validation names the field instead of failing.
        eventTypes = eventTypes == null ? List.of() : eventTypes.stream().filter(Objects::nonNull).toList();
    }
}
