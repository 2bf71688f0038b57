package dev.rapport.platform.web;

import com.vaadin.flow.router.BeforeEnterEvent;
import dev.rapport.sdk.error.NotFoundException;
import java.util.Optional;

/** Reads record ids from route parameters; an id that is no number (or too big for one) is a missing record. */
public final class RouteIds {

    private RouteIds() {
    }

    /** The id in parameter {@code name}, empty when the route has none. */
    public static Optional<Long> optional(BeforeEnterEvent event, String name, String recordType) {
        return event.getRouteParameters().get(name).map(value -> {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new NotFoundException(recordType, value);
            }
        });
    }

    public static long required(BeforeEnterEvent event, String name, String recordType) {
        return optional(event, name, recordType).orElseThrow(() -> new NotFoundException(recordType, "?"));
    }
}
